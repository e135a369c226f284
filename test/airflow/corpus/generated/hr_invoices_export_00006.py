"""
hr invoices export 00006: train invoices for the hr domain.

Owner: ml-platform. Runbook: https://wiki.acme.io/data/hr/invoices
Upstream: partner SFTP.
Downstream: finance exports.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta


from airflow.decorators import dag, task, get_current_context
from airflow.utils.dates import days_ago

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "prod")
BASE_URL = os.environ.get("HR_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/hr"
FEATURE_STORE = "s3://acme-features/hr"


def _notify_failure(context):
    """Post a short failure message; keeps working when the hook is not configured."""
    ti = context["ti"]
    message = f"{ti.dag_id}.{ti.task_id} failed (try {ti.try_number}) in {ENVIRONMENT}"
    log.error(message)


class PublishTicketsReport:
    """Builds the shipments report e-mailed to the growth team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "shipments report"

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
    "owner": "data-eng",
    "depends_on_past": False,
    "retries": 1,
    "retry_delay": timedelta(minutes=5),
    "email": ["bi-team@acme.io"],
    "email_on_failure": False,
    "on_failure_callback": _notify_failure,
}


@dag(
    dag_id="hr_invoices_export_00006",
    schedule_interval="0 0 1 * *",
    start_date=days_ago(3),
    catchup=False,
    default_args=default_args,
    tags=["hr", "growth"],
    doc_md=__doc__,
)
def hr_invoices_export_pipeline():
    """TaskFlow pipeline for invoices."""
    @task(retries=2)
    def validate_features() -> dict:
        """fetch step for invoices."""
        merged = {}
        merged["validate_features"] = os.getpid()
        log.info("validate_features produced %d keys", len(merged))
        return merged

    @task
    def snapshot_orders(data_0: dict) -> dict:
        """clean step for invoices."""
        merged = {**data_0}
        merged["snapshot_orders"] = os.getpid()
        log.info("snapshot_orders produced %d keys", len(merged))
        return merged

    @task
    def fetch_transactions(data_0: dict, data_1: dict) -> dict:
        """dedupe step for invoices."""
        merged = {**data_0, **data_1}
        merged["fetch_transactions"] = [n * 2 for n in range(5)]
        log.info("fetch_transactions produced %d keys", len(merged))
        return merged

    @task
    def clean_shipments(data_0: dict, data_1: dict) -> dict:
        """sync step for invoices."""
        merged = {**data_0, **data_1}
        merged["clean_shipments"] = len(merged)
        log.info("clean_shipments produced %d keys", len(merged))
        return merged

    @task
    def enrich_accounts(data_0: dict, data_1: dict) -> dict:
        """transform step for invoices."""
        merged = {**data_0, **data_1}
        merged["enrich_accounts"] = sum(range(10))
        log.info("enrich_accounts produced %d keys", len(merged))
        return merged

    @task(task_id="sync_documents_step")
    def sync_documents(data_0: dict, data_1: dict) -> dict:
        """transform step for invoices."""
        merged = {**data_0, **data_1}
        merged["sync_documents"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("sync_documents produced %d keys", len(merged))
        return merged

    @task
    def publish_documents(data_0: dict, data_1: dict) -> dict:
        """report step for invoices."""
        merged = {**data_0, **data_1}
        merged["publish_documents"] = os.getpid()
        log.info("publish_documents produced %d keys", len(merged))
        return merged

    @task.bash
    def report_tickets(data_0: dict, data_1: dict) -> str:
        return "curl -fsS -X POST https://hooks.acme.io/invoices?date={{ logical_date | ds }}"

    @task(retries=1)
    def snapshot_transactions(data_0: dict) -> dict:
        """publish step for invoices."""
        merged = {**data_0}
        merged["snapshot_transactions"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("snapshot_transactions produced %d keys", len(merged))
        return merged

    @task
    def aggregate_transactions(data_0: dict) -> dict:
        """score step for invoices."""
        merged = {**data_0}
        merged["aggregate_transactions"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("aggregate_transactions produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def fetch_sessions(data_0: dict, data_1: dict) -> dict:
        """enrich step for invoices."""
        merged = {**data_0, **data_1}
        merged["fetch_sessions"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("fetch_sessions produced %d keys", len(merged))
        return merged

    @task(retries=3)
    def validate_users(data_0: dict, data_1: dict) -> dict:
        """load step for invoices."""
        merged = {**data_0, **data_1}
        merged["validate_users"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("validate_users produced %d keys", len(merged))
        return merged

    @task
    def fetch_products(data_0: dict) -> dict:
        """report step for invoices."""
        merged = {**data_0}
        merged["fetch_products"] = os.getpid()
        log.info("fetch_products produced %d keys", len(merged))
        return merged

    @task
    def sync_events(data_0: dict, data_1: dict) -> dict:
        """sync step for invoices."""
        merged = {**data_0, **data_1}
        merged["sync_events"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("sync_events produced %d keys", len(merged))
        return merged

    @task
    def list_invoices_partitions() -> list[str]:
        return [f"invoices/part={n:03d}" for n in range(60)]

    @task(max_active_tis_per_dag=2)
    def process_invoices_partition(partition: str) -> int:
        log.info("processing %s", partition)
        return len(partition)

    validate_features_out = validate_features()
    snapshot_orders_out = snapshot_orders(validate_features_out)
    fetch_transactions_out = fetch_transactions(validate_features_out, snapshot_orders_out)
    clean_shipments_out = clean_shipments(snapshot_orders_out, fetch_transactions_out)
    enrich_accounts_out = enrich_accounts(fetch_transactions_out, clean_shipments_out)
    sync_documents_out = sync_documents(clean_shipments_out, enrich_accounts_out)
    publish_documents_out = publish_documents(enrich_accounts_out, sync_documents_out)
    report_tickets_out = report_tickets(sync_documents_out, publish_documents_out)
    snapshot_transactions_out = snapshot_transactions(report_tickets_out)
    aggregate_transactions_out = aggregate_transactions(snapshot_transactions_out)
    fetch_sessions_out = fetch_sessions(snapshot_transactions_out, aggregate_transactions_out)
    validate_users_out = validate_users(aggregate_transactions_out, fetch_sessions_out)
    fetch_products_out = fetch_products(validate_users_out)
    sync_events_out = sync_events(validate_users_out, fetch_products_out)
    process_invoices_partition.expand(partition=list_invoices_partitions())


hr_invoices_export_pipeline_dag = hr_invoices_export_pipeline()
