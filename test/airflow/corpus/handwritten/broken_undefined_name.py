"""A name used at module level that is never defined: NameError on import."""
import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG(dag_id="broken_undefined_name", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")) as dag:
    first = EmptyOperator(task_id="first")
    first >> second_task
