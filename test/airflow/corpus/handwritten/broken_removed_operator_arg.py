"""Airflow 2 operator arguments removed in Airflow 3 (provide_context, sla)."""
from datetime import timedelta

import pendulum

from airflow.providers.standard.operators.python import PythonOperator
from airflow.sdk import DAG


def _work(**context):
    return 1


with DAG(dag_id="broken_removed_operator_arg", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")) as dag:
    PythonOperator(task_id="work", python_callable=_work, provide_context=True, sla=timedelta(hours=1))
