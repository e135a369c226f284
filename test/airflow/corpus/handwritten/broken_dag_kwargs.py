"""DAG arguments kept in a module-level dict and unpacked: schedule_interval is gone in Airflow 3."""
import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

DAG_KWARGS = {
    "dag_id": "broken_dag_kwargs",
    "schedule_interval": "@hourly",
    "start_date": pendulum.datetime(2025, 1, 1, tz="UTC"),
    "catchup": False,
}

with DAG(**DAG_KWARGS):
    EmptyOperator(task_id="tick")
