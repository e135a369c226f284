"""Branch patterns from real DAGs that Airflow 3.1 runs: a branch returning a TaskGroup id,
a target further downstream, callables of the same name in two TaskGroup blocks, and chain()
inside a @task_group body."""
import pendulum
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import BranchPythonOperator
from airflow.sdk import DAG, TaskGroup, chain, task, task_group

START = pendulum.datetime(2025, 1, 1, tz="UTC")


def choose_period():
    if pendulum.now("UTC").day == 1:
        return "monthly"
    return ["daily_summary", "archive"]


with DAG("report_periods", schedule="@daily", start_date=START, catchup=False, tags=["reports"]):
    pick = BranchPythonOperator(task_id="pick_period", python_callable=choose_period)
    with TaskGroup("monthly") as monthly:
        EmptyOperator(task_id="aggregate") >> EmptyOperator(task_id="publish")
    daily = EmptyOperator(task_id="daily")
    pick >> [monthly, daily]
    daily >> EmptyOperator(task_id="daily_summary") >> EmptyOperator(task_id="archive")

with DAG("regional_loads", schedule="@hourly", start_date=START, catchup=False):
    with TaskGroup("eu"):
        def should_load():
            return "eu.load"

        BranchPythonOperator(task_id="gate", python_callable=should_load) >> [EmptyOperator(task_id="load"), EmptyOperator(task_id="skip")]
    with TaskGroup("us"):
        def should_load():
            return "us.skip"

        BranchPythonOperator(task_id="gate", python_callable=should_load) >> [EmptyOperator(task_id="load"), EmptyOperator(task_id="skip")]


@task_group
def enrich():
    chain(EmptyOperator(task_id="clean"), EmptyOperator(task_id="join_reference"), EmptyOperator(task_id="score"))


@task.branch
def route(rows: int):
    return "enrich" if rows else "nothing_to_do"


@task
def count_rows() -> int:
    return 3


with DAG("scoring", schedule="@daily", start_date=START, catchup=False):
    route(count_rows()) >> [enrich(), EmptyOperator(task_id="nothing_to_do")]
