"""Passing other_task.task_id (a string) to an operator makes no dependency."""
import pendulum
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG(dag_id="attribute_dependency", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    first = EmptyOperator(task_id="first")
    second = EmptyOperator(task_id="second", doc_md=first.task_id)
