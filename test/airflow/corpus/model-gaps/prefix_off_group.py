"""A TaskGroup with prefix_group_id=False used as a dependency end."""
import pendulum
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG, TaskGroup

with DAG(dag_id="prefix_off_group", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    start = EmptyOperator(task_id="start")
    with TaskGroup("publish", prefix_group_id=False) as publish:
        EmptyOperator(task_id="export")
    start >> publish
