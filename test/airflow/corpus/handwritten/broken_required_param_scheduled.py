"""A scheduled DAG with a Param that has no default: Airflow refuses to define the schedule."""
import pendulum
from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG, Param

with DAG(
    "customer_backfill",
    schedule="@daily",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    params={"customer_id": Param(type="string")},
):
    BashOperator(task_id="export", bash_command="echo {{ params.customer_id }}")
