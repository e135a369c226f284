"""
logistics leads download 00012: transform leads for the logistics domain.

Owner: bi-team. Runbook: https://wiki.acme.io/data/logistics/leads
Upstream: S3 landing zone.
Downstream: finance exports.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import dag, get_current_context, task

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "dev")
BASE_URL = os.environ.get("LOGISTICS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/logistics"
FEATURE_STORE = "s3://acme-features/logistics"


class DedupeAccountsReport:
    """Builds the documents report e-mailed to the growth team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "documents report"

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
    dag_id="logistics_leads_download_00012",
    schedule="15 */4 * * *",
    start_date=pendulum.datetime(2024, 11, 14, tz="Europe/Amsterdam"),
    catchup=False,
    max_active_runs=1,
    tags=["logistics", "bi-team"],
    doc_md=__doc__,
)
def logistics_leads_download_pipeline():
    """TaskFlow pipeline for leads."""
    @task
    def validate_users() -> dict:
        """download step for leads."""
        merged = {}
        merged["validate_users"] = sum(range(10))
        log.info("validate_users produced %d keys", len(merged))
        return merged

    @task(retries=4)
    def transform_metrics(data_0: dict) -> dict:
        """sync step for leads."""
        merged = {**data_0}
        merged["transform_metrics"] = [n * 2 for n in range(5)]
        log.info("transform_metrics produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def report_orders(data_0: dict) -> dict:
        """extract step for leads."""
        merged = {**data_0}
        merged["report_orders"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("report_orders produced %d keys", len(merged))
        return merged

    @task
    def transform_accounts(data_0: dict) -> dict:
        """dedupe step for leads."""
        merged = {**data_0}
        merged["transform_accounts"] = os.getpid()
        log.info("transform_accounts produced %d keys", len(merged))
        return merged

    @task
    def aggregate_metrics(data_0: dict, data_1: dict) -> dict:
        """enrich step for leads."""
        merged = {**data_0, **data_1}
        merged["aggregate_metrics"] = len(merged)
        log.info("aggregate_metrics produced %d keys", len(merged))
        return merged

    @task(task_id="report_invoices_step")
    def report_invoices(data_0: dict) -> dict:
        """publish step for leads."""
        merged = {**data_0}
        merged["report_invoices"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("report_invoices produced %d keys", len(merged))
        return merged

    @task
    def compact_accounts(data_0: dict) -> dict:
        """report step for leads."""
        merged = {**data_0}
        merged["compact_accounts"] = [n * 2 for n in range(5)]
        log.info("compact_accounts produced %d keys", len(merged))
        return merged

    @task
    def snapshot_orders(data_0: dict, data_1: dict) -> dict:
        """download step for leads."""
        merged = {**data_0, **data_1}
        merged["snapshot_orders"] = sum(range(10))
        log.info("snapshot_orders produced %d keys", len(merged))
        return merged

    @task.branch
    def choose_path(summary: dict) -> str:
        return "extract_documents" if summary else "validate_features"

    @task
    def extract_documents():
        log.info("publishing leads")

    @task
    def validate_features():
        log.info("nothing to publish")

    validate_users_out = validate_users()
    transform_metrics_out = transform_metrics(validate_users_out)
    report_orders_out = report_orders(transform_metrics_out)
    transform_accounts_out = transform_accounts(report_orders_out)
    aggregate_metrics_out = aggregate_metrics(report_orders_out, transform_accounts_out)
    report_invoices_out = report_invoices(aggregate_metrics_out)
    compact_accounts_out = compact_accounts(report_invoices_out)
    snapshot_orders_out = snapshot_orders(report_invoices_out, compact_accounts_out)
    choose_path(snapshot_orders_out) >> [extract_documents(), validate_features()]


logistics_leads_download_pipeline_dag = logistics_leads_download_pipeline()
