"""A task made its own downstream: Airflow reports a cycle and loads nothing."""
import pendulum
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG("retry_loop", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    poll = EmptyOperator(task_id="poll")
    poll >> poll
