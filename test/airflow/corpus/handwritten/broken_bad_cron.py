"""A cron expression with hour 25 is rejected when the DAG is built."""
import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG(dag_id="broken_bad_cron", schedule="0 25 * * *", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")) as dag:
    EmptyOperator(task_id="noop")
