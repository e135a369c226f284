"""Dynamic task mapping: .expand(), .partial().expand(), expand_kwargs and a mapped operator."""
from __future__ import annotations

import pendulum

from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import dag, task


@dag(schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC"), catchup=False)
def dynamic_mapping():
    @task
    def list_files() -> list[str]:
        return ["a.csv", "b.csv"]

    @task
    def process(path: str, mode: str) -> int:
        return len(path)

    @task
    def total(sizes) -> int:
        return sum(sizes)

    files = list_files()
    sizes = process.partial(mode="fast").expand(path=files)
    total(sizes)

    echo = BashOperator.partial(task_id="echo").expand(bash_command=["echo 1", "echo 2"])
    files >> echo


dynamic_mapping()
