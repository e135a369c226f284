"""Setup and teardown tasks wrapped around work."""
from __future__ import annotations

import pendulum

from airflow.sdk import DAG, setup, task, teardown

with DAG(dag_id="setup_teardown", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")) as dag:

    @setup
    def create_cluster() -> str:
        return "cluster-1"

    @task
    def run_job(cluster: str) -> None:
        print(cluster)

    @teardown
    def delete_cluster(cluster: str) -> None:
        print(cluster)

    cluster = create_cluster()
    run_job(cluster) >> delete_cluster(cluster)
