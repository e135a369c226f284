"""Classic style: dag = DAG(...), operators with dag=dag, set_upstream/set_downstream and <<."""
from __future__ import annotations

from datetime import datetime, timedelta

from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.sdk import DAG

default_args = {"owner": "data-eng", "retries": 2, "retry_delay": timedelta(minutes=5)}

dag = DAG(
    "classic_dag_kwarg",
    default_args=default_args,
    schedule="0 3 * * *",
    start_date=datetime(2025, 1, 1),
    catchup=False,
)


def _count(**context):
    return 42


begin = EmptyOperator(task_id="begin", dag=dag)
count = PythonOperator(task_id="count", python_callable=_count, dag=dag)
report = BashOperator(task_id="report", bash_command="echo {{ ds }}", dag=dag)
archive = BashOperator(task_id="archive", bash_command="echo archive", dag=dag)
done = EmptyOperator(task_id="done", dag=dag)

count.set_upstream(begin)
count.set_downstream([report, archive])
done << [report, archive]
