"""Airflow 2 leftovers: days_ago is gone in Airflow 3."""
from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.utils.dates import days_ago

with DAG("broken_airflow2_days_ago", start_date=days_ago(1), schedule="@daily") as dag:
    BashOperator(task_id="hello", bash_command="echo hello")
