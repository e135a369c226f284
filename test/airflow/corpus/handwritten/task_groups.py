"""Nested TaskGroups, a group used as a dependency end, and prefix_group_id=False."""
from __future__ import annotations

import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG, TaskGroup

with DAG(
    dag_id="task_groups",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    tags=["corpus"],
) as dag:
    start = EmptyOperator(task_id="start")

    with TaskGroup("ingest") as ingest:
        pull = EmptyOperator(task_id="pull")
        with TaskGroup("checks") as checks:
            schema = EmptyOperator(task_id="schema")
            counts = EmptyOperator(task_id="counts")
        pull >> checks

    with TaskGroup("publish", prefix_group_id=False) as publish:
        export = EmptyOperator(task_id="export")
        notify = EmptyOperator(task_id="notify")
        export >> notify

    end = EmptyOperator(task_id="end")
    start >> ingest >> publish >> end
