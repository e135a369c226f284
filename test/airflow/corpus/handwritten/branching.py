"""Branches: @task.branch, BranchPythonOperator, a join with a trigger rule, and a Label."""
from __future__ import annotations

import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import BranchPythonOperator
from airflow.sdk import DAG, Label, task


def _pick_mode(**context):
    return "full_refresh" if context["logical_date"].day == 1 else "incremental"


with DAG(
    dag_id="branching",
    schedule="@daily",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
) as dag:

    @task.branch
    def decide(threshold: int = 5) -> str:
        return "alert" if threshold > 3 else "skip_alert"

    alert = EmptyOperator(task_id="alert")
    skip_alert = EmptyOperator(task_id="skip_alert")
    mode = BranchPythonOperator(task_id="mode", python_callable=_pick_mode)
    full = EmptyOperator(task_id="full_refresh")
    incremental = EmptyOperator(task_id="incremental")
    join = EmptyOperator(task_id="join", trigger_rule="none_failed_min_one_success")

    decide() >> [alert, skip_alert]
    [alert, skip_alert] >> mode
    mode >> Label("first of month") >> full >> join
    mode >> Label("other days") >> incremental >> join
