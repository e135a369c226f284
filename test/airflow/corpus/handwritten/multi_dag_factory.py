"""Several DAGs in one file: two literal ones and a factory registering DAGs through globals()."""
from __future__ import annotations

import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

START = pendulum.datetime(2025, 1, 1, tz="UTC")

with DAG(dag_id="multi_first", schedule=None, start_date=START) as first:
    EmptyOperator(task_id="only")

with DAG(dag_id="multi_second", schedule="@weekly", start_date=START, catchup=False) as second:
    one = EmptyOperator(task_id="one")
    two = EmptyOperator(task_id="two")
    one >> two


def build(region: str) -> DAG:
    with DAG(dag_id=f"multi_region_{region}", schedule=None, start_date=START) as built:
        EmptyOperator(task_id="sync")
    return built


for region in ("eu", "us"):
    globals()[f"multi_region_{region}"] = build(region)
