"""@asset (Airflow 3) creates a DAG and a task named after the function."""
from airflow.sdk import asset

@asset(schedule="@daily")
def daily_report():
    return 1
