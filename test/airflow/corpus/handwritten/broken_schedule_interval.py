"""schedule_interval= was removed from DAG() in Airflow 3."""
import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG(
    dag_id="broken_schedule_interval",
    schedule_interval="@daily",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
) as dag:
    EmptyOperator(task_id="noop")
