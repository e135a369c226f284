"""A DAG written to load on Airflow 2 and 3: try/except ImportError shims, names 3.1 still imports
silently (airflow.DAG, Variable, Param), SLA arguments 3.1 accepts and ignores, and default_args keys
that only Airflow 2 knew (3.1 ignores unknown default_args keys)."""
from datetime import timedelta

import pendulum

from airflow import DAG
from airflow.models import Param, Variable

try:
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:
    from airflow.operators.bash_operator import BashOperator

try:
    from airflow.sdk import task
except (ImportError, ModuleNotFoundError):
    from airflow.decorators import task

default_args = {"owner": "data", "retries": 1, "sla": timedelta(hours=2), "provide_context": True}


def notify_sla_miss(*args):
    print("SLA missed", args)


with DAG(
    dag_id="compat_imports",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    default_args=default_args,
    params={"table": Param("events", type="string")},
    sla_miss_callback=notify_sla_miss,
):

    @task
    def read_threshold():
        return Variable.get("threshold", default_var="10")

    export = BashOperator(task_id="export", bash_command="echo export {{ params.table }}")
    read_threshold() >> export
