"""A dag_id with a space and a task_id with a slash are rejected when the DAG is built."""
import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG(dag_id="broken invalid ids", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")) as dag:
    EmptyOperator(task_id="load/all")
