"""Two operators with the same task_id in one DAG."""
import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG(dag_id="broken_duplicate_task", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")) as dag:
    EmptyOperator(task_id="load")
    EmptyOperator(task_id="load")
