"""Tasks created by a helper function called inside the DAG body."""
import pendulum
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

def make_pair(suffix):
    EmptyOperator(task_id=f"left_{suffix}") >> EmptyOperator(task_id=f"right_{suffix}")

with DAG(dag_id="helper_function", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    make_pair("x")
