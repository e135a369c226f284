"""chain() across single tasks and a list, the common case."""
from __future__ import annotations

import pendulum

from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG, chain

with DAG(
    dag_id="chain_simple",
    schedule="@hourly",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
) as dag:
    start = EmptyOperator(task_id="start")
    fetch = BashOperator(task_id="fetch", bash_command="echo fetch")
    parse = BashOperator(task_id="parse", bash_command="echo parse")
    store = BashOperator(task_id="store", bash_command="echo store")
    index = BashOperator(task_id="index", bash_command="echo index")
    end = EmptyOperator(task_id="end")
    chain(start, fetch, parse, [store, index], end)
