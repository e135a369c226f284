"""
finance events aggregate 00022: snapshot events for the finance domain.

Owner: data-eng. Runbook: https://wiki.acme.io/data/finance/events
Upstream: Postgres replica.
Downstream: feature store.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pandas as pd

from airflow.decorators import dag, task, get_current_context
from airflow.utils.dates import days_ago

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("FINANCE_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/finance"
FEATURE_STORE = "s3://acme-features/finance"


class PublishRefundsReport:
    """Builds the customers report e-mailed to the bi-team team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "customers report"

    def summary(self):
        by_status = {}
        for row in self.rows:
            by_status.setdefault(row.get("status", "n/a"), []).append(row)
        return {status: len(items) for status, items in sorted(by_status.items())}

    def render(self) -> str:
        lines = [self.title, "=" * len(self.title)]
        lines += [f"{status}: {count}" for status, count in self.summary().items()]
        return "\n".join(lines)




@dag(
    dag_id="finance_events_aggregate_00022",
    schedule_interval="@weekly",
    start_date=days_ago(1),
    catchup=False,
    max_active_runs=3,
    tags=["finance", "bi-team"],
    doc_md=__doc__,
)
def finance_events_aggregate_pipeline():
    """TaskFlow pipeline for events."""
    @task
    def fetch_products() -> dict:
        """transform step for events."""
        merged = {}
        merged["fetch_products"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("fetch_products produced %d keys", len(merged))
        return merged

    @task
    def validate_orders(data_0: dict) -> dict:
        """train step for events."""
        merged = {**data_0}
        merged["validate_orders"] = os.getpid()
        log.info("validate_orders produced %d keys", len(merged))
        return merged

    @task.bash
    def compact_users(data_0: dict, data_1: dict) -> str:
        return "psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE events\""

    @task
    def snapshot_documents(data_0: dict) -> dict:
        """enrich step for events."""
        merged = {**data_0}
        merged["snapshot_documents"] = len(merged)
        log.info("snapshot_documents produced %d keys", len(merged))
        return merged

    @task.branch
    def choose_path(summary: dict) -> str:
        return "transform_events" if summary else "compact_metrics"

    @task
    def transform_events():
        log.info("publishing events")

    @task
    def compact_metrics():
        log.info("nothing to publish")

    @task
    def list_events_partitions() -> list[str]:
        return [f"events/part={n:03d}" for n in range(9)]

    @task(max_active_tis_per_dag=5)
    def process_events_partition(partition: str) -> int:
        log.info("processing %s", partition)
        return len(partition)

    fetch_products_out = fetch_products()
    validate_orders_out = validate_orders(fetch_products_out)
    compact_users_out = compact_users(fetch_products_out, validate_orders_out)
    snapshot_documents_out = snapshot_documents(compact_users_out)
    choose_path(snapshot_documents_out) >> [transform_events(), compact_metrics()]
    process_events_partition.expand(partition=list_events_partitions())


finance_events_aggregate_pipeline()
