"""@task_group: a group function called twice gets group ids name and name__1."""
from __future__ import annotations

import pendulum

from airflow.sdk import dag, task, task_group


@dag(schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))
def task_group_decorator():
    @task
    def start() -> str:
        return "go"

    @task
    def fetch(token: str) -> int:
        return 1

    @task
    def store(rows: int) -> None:
        print(rows)

    @task_group
    def pipeline(token: str):
        store(fetch(token))

    begin = start()
    pipeline(begin)
    pipeline(begin)


task_group_decorator()
