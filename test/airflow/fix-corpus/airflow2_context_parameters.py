"""Nightly revenue report as written for Airflow 2.9: TaskFlow and PythonOperator callables take
context values as parameters (execution_date, prev_execution_date_success, next_ds)."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.decorators import task
from airflow.operators.python import PythonOperator


def export_partition(execution_date, prev_execution_date_success, **context):
    # Export everything since the last successful run, one partition per day.
    since = prev_execution_date_success or execution_date - timedelta(days=1)
    print(f"exporting revenue from {since} to {execution_date}")
    return {"since": str(since), "until": str(execution_date)}


with DAG(
    dag_id="revenue_report",
    schedule_interval="0 3 * * *",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
) as dag:

    @task
    def partition_path(execution_date, **kwargs):
        return f"s3://finance/revenue/dt={execution_date:%Y-%m-%d}/"

    @task
    def announce(path: str, next_ds=None):
        print(f"report {path} ready; next run covers {next_ds}")

    export = PythonOperator(task_id="export_partition", python_callable=export_partition)
    path = partition_path()
    export >> path
    announce(path)
