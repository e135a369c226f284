"""TaskFlow ETL: data passing, a task called twice, .override() and a templated multiple_outputs task."""
from __future__ import annotations

import pendulum

from airflow.sdk import dag, task


@dag(
    schedule="@daily",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    tags=["corpus", "taskflow"],
)
def taskflow_etl():
    @task
    def extract(source: str) -> dict:
        return {"source": source, "rows": 10}

    @task(multiple_outputs=True)
    def transform(payload: dict) -> dict:
        return {"rows": payload["rows"] * 2, "source": payload["source"]}

    @task(task_id="load_to_warehouse")
    def load(rows: int) -> None:
        print(rows)

    orders = extract("orders")
    customers = extract("customers")
    refunds = extract.override(task_id="extract_refunds")("refunds")
    shaped = transform(orders)
    load(shaped["rows"])
    load(transform(customers)["rows"])
    refunds >> shaped


taskflow_etl()
