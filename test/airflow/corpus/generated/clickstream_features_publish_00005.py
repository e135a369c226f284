"""
clickstream features publish 00005: publish features for the clickstream domain.

Owner: finops. Runbook: https://wiki.acme.io/data/clickstream/features
Upstream: Kafka topic.
Downstream: the ML training set.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum
import numpy as np

from airflow.sdk import dag, get_current_context, task

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "dev")
BASE_URL = os.environ.get("CLICKSTREAM_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/clickstream"
FEATURE_STORE = "s3://acme-features/clickstream"


class PublishShipmentsReport:
    """Builds the metrics report e-mailed to the data-eng team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "metrics report"

    def summary(self):
        by_status = {}
        for row in self.rows:
            by_status.setdefault(row.get("status", "n/a"), []).append(row)
        return {status: len(items) for status, items in sorted(by_status.items())}

    def render(self) -> str:
        lines = [self.title, "=" * len(self.title)]
        lines += [f"{status}: {count}" for status, count in self.summary().items()]
        return "\n".join(lines)



default_args = {
    "owner": "finops",
    "depends_on_past": False,
    "retries": 1,
    "retry_delay": timedelta(minutes=10),
    "email": ["ml-platform@acme.io"],
    "email_on_failure": True,
}


@dag(
    dag_id="clickstream_features_publish_00005",
    schedule=None,
    start_date=pendulum.datetime(2024, 3, 13, tz="UTC"),
    catchup=False,
    default_args=default_args,
    max_active_runs=1,
    tags=["clickstream", "analytics"],
)
def clickstream_features_publish_pipeline():
    """TaskFlow pipeline for features."""
    @task.bash
    def extract_products() -> str:
        return "curl -fsS -X POST https://hooks.acme.io/features?date={{ logical_date | ds }}"

    @task
    def snapshot_customers(data_0: dict) -> dict:
        """download step for features."""
        merged = {**data_0}
        merged["snapshot_customers"] = sum(range(10))
        log.info("snapshot_customers produced %d keys", len(merged))
        return merged

    @task
    def export_accounts(data_0: dict, data_1: dict) -> dict:
        """train step for features."""
        merged = {**data_0, **data_1}
        merged["export_accounts"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("export_accounts produced %d keys", len(merged))
        return merged

    @task
    def load_refunds(data_0: dict) -> dict:
        """export step for features."""
        merged = {**data_0}
        merged["load_refunds"] = os.getpid()
        log.info("load_refunds produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def sync_tickets(data_0: dict, data_1: dict) -> dict:
        """snapshot step for features."""
        merged = {**data_0, **data_1}
        merged["sync_tickets"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("sync_tickets produced %d keys", len(merged))
        return merged

    @task.branch
    def choose_path(summary: dict) -> str:
        return "report_sessions" if summary else "dedupe_features"

    @task
    def report_sessions():
        log.info("publishing features")

    @task
    def dedupe_features():
        log.info("nothing to publish")

    extract_products_out = extract_products()
    snapshot_customers_out = snapshot_customers(extract_products_out)
    export_accounts_out = export_accounts(extract_products_out, snapshot_customers_out)
    load_refunds_out = load_refunds(export_accounts_out)
    sync_tickets_out = sync_tickets(export_accounts_out, load_refunds_out)
    choose_path(sync_tickets_out) >> [report_sessions(), dedupe_features()]


clickstream_features_publish_pipeline_dag = clickstream_features_publish_pipeline()
