"""An Airflow 1 DAG that imports operators from the package itself."""
import pendulum

from airflow import DAG
from airflow.operators import BashOperator

with DAG(dag_id="broken_airflow1_import", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    BashOperator(task_id="hello", bash_command="echo hello")
