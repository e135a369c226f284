"""
inventory documents report 00029: transform documents for the inventory domain.

Owner: ml-platform. Runbook: https://wiki.acme.io/data/inventory/documents
Upstream: partner SFTP.
Downstream: the ML training set.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import dag, get_current_context, task

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("INVENTORY_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/inventory"
FEATURE_STORE = "s3://acme-features/inventory"


def _notify_failure(context):
    """Post a short failure message; keeps working when the hook is not configured."""
    ti = context["ti"]
    message = f"{ti.dag_id}.{ti.task_id} failed (try {ti.try_number}) in {ENVIRONMENT}"
    log.error(message)



default_args = {
    "owner": "bi-team",
    "depends_on_past": False,
    "retries": 3,
    "retry_delay": timedelta(minutes=15),
    "email": ["finops@acme.io"],
    "email_on_failure": False,
    "on_failure_callback": _notify_failure,
}


@dag(
    dag_id="inventory_documents_report_00029",
    schedule="0 0 1 * *",
    start_date=pendulum.datetime(2023, 10, 1, tz="Europe/Amsterdam"),
    catchup=False,
    default_args=default_args,
    tags=["inventory", "platform"],
)
def inventory_documents_report_pipeline():
    """TaskFlow pipeline for documents."""
    @task
    def clean_features() -> dict:
        """score step for documents."""
        merged = {}
        merged["clean_features"] = os.getpid()
        log.info("clean_features produced %d keys", len(merged))
        return merged

    @task(task_id="download_leads_step")
    def download_leads(data_0: dict) -> dict:
        """train step for documents."""
        merged = {**data_0}
        merged["download_leads"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("download_leads produced %d keys", len(merged))
        return merged

    @task.bash
    def dedupe_products(data_0: dict, data_1: dict) -> str:
        return "spark-submit --conf spark.app.name=documents_{{ ts_nodash }} /opt/jobs/documents.py"

    @task
    def export_refunds(data_0: dict, data_1: dict) -> dict:
        """fetch step for documents."""
        merged = {**data_0, **data_1}
        merged["export_refunds"] = sum(range(10))
        log.info("export_refunds produced %d keys", len(merged))
        return merged

    @task(task_id="transform_events_step")
    def transform_events(data_0: dict, data_1: dict) -> dict:
        """snapshot step for documents."""
        merged = {**data_0, **data_1}
        merged["transform_events"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("transform_events produced %d keys", len(merged))
        return merged

    @task
    def score_tickets(data_0: dict) -> dict:
        """score step for documents."""
        merged = {**data_0}
        merged["score_tickets"] = len(merged)
        log.info("score_tickets produced %d keys", len(merged))
        return merged

    @task(task_id="aggregate_shipments_step")
    def aggregate_shipments(data_0: dict) -> dict:
        """publish step for documents."""
        merged = {**data_0}
        merged["aggregate_shipments"] = os.getpid()
        log.info("aggregate_shipments produced %d keys", len(merged))
        return merged

    @task(task_id="download_tickets_step")
    def download_tickets(data_0: dict) -> dict:
        """report step for documents."""
        merged = {**data_0}
        merged["download_tickets"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("download_tickets produced %d keys", len(merged))
        return merged

    @task
    def aggregate_invoices(data_0: dict) -> dict:
        """train step for documents."""
        merged = {**data_0}
        merged["aggregate_invoices"] = sum(range(10))
        log.info("aggregate_invoices produced %d keys", len(merged))
        return merged

    @task
    def aggregate_leads(data_0: dict) -> dict:
        """score step for documents."""
        merged = {**data_0}
        merged["aggregate_leads"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("aggregate_leads produced %d keys", len(merged))
        return merged

    @task
    def sync_refunds(data_0: dict, data_1: dict) -> dict:
        """validate step for documents."""
        merged = {**data_0, **data_1}
        merged["sync_refunds"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("sync_refunds produced %d keys", len(merged))
        return merged

    @task(task_id="score_accounts_step")
    def score_accounts(data_0: dict) -> dict:
        """publish step for documents."""
        merged = {**data_0}
        merged["score_accounts"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("score_accounts produced %d keys", len(merged))
        return merged

    @task.bash
    def snapshot_metrics(data_0: dict, data_1: dict) -> str:
        return "echo \"run for {{ ds }}\" && python /opt/jobs/documents.py --date {{ ds_nodash }}"

    @task(retries=1)
    def compact_invoices(data_0: dict, data_1: dict) -> dict:
        """download step for documents."""
        merged = {**data_0, **data_1}
        merged["compact_invoices"] = [n * 2 for n in range(5)]
        log.info("compact_invoices produced %d keys", len(merged))
        return merged

    @task(retries=3)
    def compact_leads(data_0: dict, data_1: dict) -> dict:
        """train step for documents."""
        merged = {**data_0, **data_1}
        merged["compact_leads"] = [n * 2 for n in range(5)]
        log.info("compact_leads produced %d keys", len(merged))
        return merged

    @task.branch
    def choose_path(summary: dict) -> str:
        return "validate_shipments" if summary else "export_invoices"

    @task
    def validate_shipments():
        log.info("publishing documents")

    @task
    def export_invoices():
        log.info("nothing to publish")

    clean_features_out = clean_features()
    download_leads_out = download_leads(clean_features_out)
    dedupe_products_out = dedupe_products(clean_features_out, download_leads_out)
    export_refunds_out = export_refunds(download_leads_out, dedupe_products_out)
    transform_events_out = transform_events(dedupe_products_out, export_refunds_out)
    score_tickets_out = score_tickets(transform_events_out)
    aggregate_shipments_out = aggregate_shipments(score_tickets_out)
    download_tickets_out = download_tickets(aggregate_shipments_out)
    aggregate_invoices_out = aggregate_invoices(download_tickets_out)
    aggregate_leads_out = aggregate_leads(aggregate_invoices_out)
    sync_refunds_out = sync_refunds(aggregate_invoices_out, aggregate_leads_out)
    score_accounts_out = score_accounts(sync_refunds_out)
    snapshot_metrics_out = snapshot_metrics(sync_refunds_out, score_accounts_out)
    compact_invoices_out = compact_invoices(score_accounts_out, snapshot_metrics_out)
    compact_leads_out = compact_leads(snapshot_metrics_out, compact_invoices_out)
    choose_path(compact_leads_out) >> [validate_shipments(), export_invoices()]


inventory_documents_report_pipeline()
