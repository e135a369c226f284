"""Tasks generated in a loop with f-string ids: ids are only known when the file runs."""
from __future__ import annotations

import pendulum

from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

TABLES = ["orders", "customers", "invoices"]

with DAG(
    dag_id="loop_generated",
    schedule="@daily",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
) as dag:
    start = EmptyOperator(task_id="start")
    end = EmptyOperator(task_id="end")
    for table in TABLES:
        copy = BashOperator(task_id=f"copy_{table}", bash_command=f"echo {table}")
        start >> copy >> end
