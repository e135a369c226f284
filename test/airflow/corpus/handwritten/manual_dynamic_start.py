"""A DAG only ever triggered by hand, with a start_date computed from now(): harmless, as nothing
is scheduled from it."""
from datetime import datetime, timedelta

from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG, Param

with DAG(
    "manual_reprocess",
    schedule=None,
    start_date=datetime.now() - timedelta(days=1),
    params={"partition": Param(type="string", description="partition to reprocess")},
):
    BashOperator(task_id="reprocess", bash_command="echo {{ params.partition }}")
