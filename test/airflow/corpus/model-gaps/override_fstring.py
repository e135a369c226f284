"""@task called with .override(task_id=f"...") in a loop: ids are only known at parse time."""
import pendulum
from airflow.sdk import DAG, task

with DAG(dag_id="override_fstring", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    @task
    def sleep_for(seconds: int): ...
    for i in range(2):
        sleep_for.override(task_id=f"sleep_for_{i}")(i)
