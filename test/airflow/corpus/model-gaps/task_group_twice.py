"""A @task_group called twice: Airflow suffixes the group id (pipeline__1.fetch)."""
import pendulum
from airflow.sdk import dag, task, task_group

@dag(schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))
def group_twice():
    @task
    def fetch(): ...
    @task_group
    def pipeline():
        fetch()
    pipeline()
    pipeline()

group_twice()
