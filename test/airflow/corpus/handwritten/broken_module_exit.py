"""A file that exits when imported (a leftover of running it as a script)."""
import sys

import pendulum
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG("script_leftover", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    EmptyOperator(task_id="run")

sys.exit(0)
