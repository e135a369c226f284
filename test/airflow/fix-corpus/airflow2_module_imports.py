"""Warehouse maintenance as written for Airflow 2.9, importing whole modules rather than names."""
import airflow.operators.bash
import airflow.operators.python as python_ops
import airflow.utils.dates as dates
from airflow import DAG
import airflow.operators.empty


def vacuum_report(**context):
    print("vacuumed", context["ds"])


with DAG(
    "warehouse_maintenance",
    schedule_interval="@weekly",
    start_date=dates.days_ago(7),
    catchup=False,
) as dag:
    start = airflow.operators.empty.EmptyOperator(task_id="start")
    vacuum = airflow.operators.bash.BashOperator(task_id="vacuum", bash_command="echo vacuum {{ ds }}")
    report = python_ops.PythonOperator(task_id="report", python_callable=vacuum_report)
    start >> vacuum >> report
