"""A mapped @task_group: op.expand(...) creates the group's tasks."""
import pendulum
from airflow.sdk import dag, task, task_group

@dag(schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))
def mapped_group():
    @task
    def add_1(x): return x + 1
    @task_group
    def op(x):
        add_1(x)
    op.expand(x=[1, 2])

mapped_group()
