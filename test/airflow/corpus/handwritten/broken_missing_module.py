"""An import of a package the image does not have."""
import pendulum
import snowflake_internal_helpers

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG(dag_id="broken_missing_module", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")) as dag:
    EmptyOperator(task_id="noop")
