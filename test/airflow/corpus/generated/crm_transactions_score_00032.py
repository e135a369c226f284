"""
crm transactions score 00032: enrich transactions for the crm domain.

Owner: analytics. Runbook: https://wiki.acme.io/data/crm/transactions
Upstream: Kafka topic.
Downstream: finance exports.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum
from sklearn.ensemble import IsolationForest

from airflow.sdk import dag, get_current_context, task

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "prod")
BASE_URL = os.environ.get("CRM_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/crm"
FEATURE_STORE = "s3://acme-features/crm"


class CleanDocumentsReport:
    """Builds the sessions report e-mailed to the analytics team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "sessions report"

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
    "owner": "platform",
    "depends_on_past": False,
    "retries": 0,
    "retry_delay": timedelta(minutes=1),
    "email": ["platform@acme.io"],
    "email_on_failure": True,
}


@dag(
    dag_id="crm_transactions_score_00032",
    schedule="15 */4 * * *",
    start_date=pendulum.datetime(2023, 10, 3, tz="America/New_York"),
    catchup=True,
    default_args=default_args,
    tags=["crm", "bi-team"],
)
def crm_transactions_score_pipeline():
    """TaskFlow pipeline for transactions."""
    @task
    def load_transactions() -> dict:
        """clean step for transactions."""
        merged = {}
        merged["load_transactions"] = [n * 2 for n in range(5)]
        log.info("load_transactions produced %d keys", len(merged))
        return merged

    @task
    def load_customers(data_0: dict) -> dict:
        """export step for transactions."""
        merged = {**data_0}
        merged["load_customers"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("load_customers produced %d keys", len(merged))
        return merged

    @task(task_id="compact_shipments_step")
    def compact_shipments(data_0: dict, data_1: dict) -> dict:
        """download step for transactions."""
        merged = {**data_0, **data_1}
        merged["compact_shipments"] = os.getpid()
        log.info("compact_shipments produced %d keys", len(merged))
        return merged

    @task
    def dedupe_shipments(data_0: dict, data_1: dict) -> dict:
        """transform step for transactions."""
        merged = {**data_0, **data_1}
        merged["dedupe_shipments"] = len(merged)
        log.info("dedupe_shipments produced %d keys", len(merged))
        return merged

    @task
    def dedupe_refunds(data_0: dict, data_1: dict) -> dict:
        """validate step for transactions."""
        merged = {**data_0, **data_1}
        merged["dedupe_refunds"] = [n * 2 for n in range(5)]
        log.info("dedupe_refunds produced %d keys", len(merged))
        return merged

    @task
    def transform_refunds(data_0: dict, data_1: dict) -> dict:
        """snapshot step for transactions."""
        merged = {**data_0, **data_1}
        merged["transform_refunds"] = sum(range(10))
        log.info("transform_refunds produced %d keys", len(merged))
        return merged

    @task
    def fetch_metrics(data_0: dict) -> dict:
        """export step for transactions."""
        merged = {**data_0}
        merged["fetch_metrics"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("fetch_metrics produced %d keys", len(merged))
        return merged

    @task
    def download_customers(data_0: dict) -> dict:
        """transform step for transactions."""
        merged = {**data_0}
        merged["download_customers"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("download_customers produced %d keys", len(merged))
        return merged

    @task
    def score_products(data_0: dict) -> dict:
        """download step for transactions."""
        merged = {**data_0}
        merged["score_products"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("score_products produced %d keys", len(merged))
        return merged

    @task
    def fetch_users(data_0: dict, data_1: dict) -> dict:
        """compact step for transactions."""
        merged = {**data_0, **data_1}
        merged["fetch_users"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("fetch_users produced %d keys", len(merged))
        return merged

    @task.bash
    def report_users(data_0: dict, data_1: dict) -> str:
        return "aws s3 sync s3://{{ var.value.raw_bucket }}/transactions/{{ ds }}/ /tmp/transactions/"

    @task(retries=4)
    def score_features(data_0: dict) -> dict:
        """publish step for transactions."""
        merged = {**data_0}
        merged["score_features"] = os.getpid()
        log.info("score_features produced %d keys", len(merged))
        return merged

    @task.bash
    def transform_transactions(data_0: dict, data_1: dict) -> str:
        return "echo {{ params.table }} {{ macros.ds_add(ds, -1) }}"

    @task(retries=4)
    def export_tickets(data_0: dict, data_1: dict) -> dict:
        """aggregate step for transactions."""
        merged = {**data_0, **data_1}
        merged["export_tickets"] = len(merged)
        log.info("export_tickets produced %d keys", len(merged))
        return merged

    @task
    def publish_sessions(data_0: dict, data_1: dict) -> dict:
        """enrich step for transactions."""
        merged = {**data_0, **data_1}
        merged["publish_sessions"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("publish_sessions produced %d keys", len(merged))
        return merged

    @task.bash
    def aggregate_users(data_0: dict) -> str:
        return "psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE transactions\""

    @task.branch
    def choose_path(summary: dict) -> str:
        return "publish_invoices" if summary else "score_refunds"

    @task
    def publish_invoices():
        log.info("publishing transactions")

    @task
    def score_refunds():
        log.info("nothing to publish")

    load_transactions_out = load_transactions()
    load_customers_out = load_customers(load_transactions_out)
    compact_shipments_out = compact_shipments(load_transactions_out, load_customers_out)
    dedupe_shipments_out = dedupe_shipments(load_customers_out, compact_shipments_out)
    dedupe_refunds_out = dedupe_refunds(compact_shipments_out, dedupe_shipments_out)
    transform_refunds_out = transform_refunds(dedupe_shipments_out, dedupe_refunds_out)
    fetch_metrics_out = fetch_metrics(transform_refunds_out)
    download_customers_out = download_customers(fetch_metrics_out)
    score_products_out = score_products(download_customers_out)
    fetch_users_out = fetch_users(download_customers_out, score_products_out)
    report_users_out = report_users(score_products_out, fetch_users_out)
    score_features_out = score_features(report_users_out)
    transform_transactions_out = transform_transactions(report_users_out, score_features_out)
    export_tickets_out = export_tickets(score_features_out, transform_transactions_out)
    publish_sessions_out = publish_sessions(transform_transactions_out, export_tickets_out)
    aggregate_users_out = aggregate_users(publish_sessions_out)
    choose_path(aggregate_users_out) >> [publish_invoices(), score_refunds()]


crm_transactions_score_pipeline_dag = crm_transactions_score_pipeline()
