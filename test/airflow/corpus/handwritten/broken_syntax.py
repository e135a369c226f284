"""A syntax error: DagBag reports it as an import error."""
import pendulum

from airflow.sdk import DAG
from airflow.providers.standard.operators.empty import EmptyOperator

with DAG(dag_id="broken_syntax", start_date=pendulum.datetime(2025, 1, 1, tz="UTC") as dag:
    EmptyOperator(task_id="noop")
