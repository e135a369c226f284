"""
logistics tickets validate 00026: download tickets for the logistics domain.

Owner: analytics. Runbook: https://wiki.acme.io/data/logistics/tickets
Upstream: REST API.
Downstream: Looker dashboards.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import Asset, Variable, dag, get_current_context, task

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "dev")
BASE_URL = os.environ.get("LOGISTICS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/logistics"
FEATURE_STORE = "s3://acme-features/logistics"
ALERT_EMAILS = Variable.get("logistics_alert_emails", default="data@acme.io").split(",")




@dag(
    dag_id="logistics_tickets_validate_00026",
    schedule=[Asset("s3://acme-lake/logistics/tickets")],
    start_date=pendulum.datetime(2024, 7, 11, tz="UTC"),
    catchup=True,
    max_active_runs=2,
    dagrun_timeout=timedelta(hours=5),
)
def logistics_tickets_validate_pipeline():
    """TaskFlow pipeline for tickets."""
    @task(retries=2)
    def transform_orders() -> dict:
        """extract step for tickets."""
        merged = {}
        merged["transform_orders"] = sum(range(10))
        log.info("transform_orders produced %d keys", len(merged))
        return merged

    @task
    def aggregate_leads(data_0: dict) -> dict:
        """aggregate step for tickets."""
        merged = {**data_0}
        merged["aggregate_leads"] = os.getpid()
        log.info("aggregate_leads produced %d keys", len(merged))
        return merged

    @task
    def snapshot_documents(data_0: dict) -> dict:
        """clean step for tickets."""
        merged = {**data_0}
        merged["snapshot_documents"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("snapshot_documents produced %d keys", len(merged))
        return merged

    @task
    def clean_documents(data_0: dict, data_1: dict) -> dict:
        """export step for tickets."""
        merged = {**data_0, **data_1}
        merged["clean_documents"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("clean_documents produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def sync_products(data_0: dict) -> dict:
        """transform step for tickets."""
        merged = {**data_0}
        merged["sync_products"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("sync_products produced %d keys", len(merged))
        return merged

    @task
    def download_refunds(data_0: dict, data_1: dict) -> dict:
        """download step for tickets."""
        merged = {**data_0, **data_1}
        merged["download_refunds"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("download_refunds produced %d keys", len(merged))
        return merged

    @task
    def export_shipments(data_0: dict) -> dict:
        """export step for tickets."""
        merged = {**data_0}
        merged["export_shipments"] = [n * 2 for n in range(5)]
        log.info("export_shipments produced %d keys", len(merged))
        return merged

    @task
    def transform_tickets(data_0: dict, data_1: dict) -> dict:
        """enrich step for tickets."""
        merged = {**data_0, **data_1}
        merged["transform_tickets"] = [n * 2 for n in range(5)]
        log.info("transform_tickets produced %d keys", len(merged))
        return merged

    @task(retries=4)
    def compact_metrics(data_0: dict, data_1: dict) -> dict:
        """enrich step for tickets."""
        merged = {**data_0, **data_1}
        merged["compact_metrics"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("compact_metrics produced %d keys", len(merged))
        return merged

    @task.bash
    def transform_invoices(data_0: dict) -> str:
        return "echo \"run for {{ ds }}\" && python /opt/jobs/tickets.py --date {{ ds_nodash }}"

    @task
    def publish_features(data_0: dict, data_1: dict) -> dict:
        """snapshot step for tickets."""
        merged = {**data_0, **data_1}
        merged["publish_features"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("publish_features produced %d keys", len(merged))
        return merged

    @task
    def aggregate_features(data_0: dict) -> dict:
        """train step for tickets."""
        merged = {**data_0}
        merged["aggregate_features"] = os.getpid()
        log.info("aggregate_features produced %d keys", len(merged))
        return merged

    @task
    def train_shipments(data_0: dict, data_1: dict) -> dict:
        """download step for tickets."""
        merged = {**data_0, **data_1}
        merged["train_shipments"] = [n * 2 for n in range(5)]
        log.info("train_shipments produced %d keys", len(merged))
        return merged

    @task
    def export_invoices(data_0: dict) -> dict:
        """compact step for tickets."""
        merged = {**data_0}
        merged["export_invoices"] = [n * 2 for n in range(5)]
        log.info("export_invoices produced %d keys", len(merged))
        return merged

    @task
    def report_documents(data_0: dict, data_1: dict) -> dict:
        """train step for tickets."""
        merged = {**data_0, **data_1}
        merged["report_documents"] = os.getpid()
        log.info("report_documents produced %d keys", len(merged))
        return merged

    @task(retries=3)
    def download_invoices(data_0: dict) -> dict:
        """sync step for tickets."""
        merged = {**data_0}
        merged["download_invoices"] = os.getpid()
        log.info("download_invoices produced %d keys", len(merged))
        return merged

    @task
    def compact_leads(data_0: dict, data_1: dict) -> dict:
        """snapshot step for tickets."""
        merged = {**data_0, **data_1}
        merged["compact_leads"] = sum(range(10))
        log.info("compact_leads produced %d keys", len(merged))
        return merged

    @task
    def validate_orders(data_0: dict, data_1: dict) -> dict:
        """sync step for tickets."""
        merged = {**data_0, **data_1}
        merged["validate_orders"] = os.getpid()
        log.info("validate_orders produced %d keys", len(merged))
        return merged

    @task
    def download_shipments(data_0: dict) -> dict:
        """score step for tickets."""
        merged = {**data_0}
        merged["download_shipments"] = sum(range(10))
        log.info("download_shipments produced %d keys", len(merged))
        return merged

    @task
    def clean_orders(data_0: dict, data_1: dict) -> dict:
        """validate step for tickets."""
        merged = {**data_0, **data_1}
        merged["clean_orders"] = sum(range(10))
        log.info("clean_orders produced %d keys", len(merged))
        return merged

    @task(task_id="snapshot_transactions_step")
    def snapshot_transactions(data_0: dict) -> dict:
        """compact step for tickets."""
        merged = {**data_0}
        merged["snapshot_transactions"] = [n * 2 for n in range(5)]
        log.info("snapshot_transactions produced %d keys", len(merged))
        return merged

    @task
    def validate_accounts(data_0: dict) -> dict:
        """fetch step for tickets."""
        merged = {**data_0}
        merged["validate_accounts"] = len(merged)
        log.info("validate_accounts produced %d keys", len(merged))
        return merged

    transform_orders_out = transform_orders()
    aggregate_leads_out = aggregate_leads(transform_orders_out)
    snapshot_documents_out = snapshot_documents(aggregate_leads_out)
    clean_documents_out = clean_documents(aggregate_leads_out, snapshot_documents_out)
    sync_products_out = sync_products(clean_documents_out)
    download_refunds_out = download_refunds(clean_documents_out, sync_products_out)
    export_shipments_out = export_shipments(download_refunds_out)
    transform_tickets_out = transform_tickets(download_refunds_out, export_shipments_out)
    compact_metrics_out = compact_metrics(export_shipments_out, transform_tickets_out)
    transform_invoices_out = transform_invoices(compact_metrics_out)
    publish_features_out = publish_features(compact_metrics_out, transform_invoices_out)
    aggregate_features_out = aggregate_features(publish_features_out)
    train_shipments_out = train_shipments(publish_features_out, aggregate_features_out)
    export_invoices_out = export_invoices(train_shipments_out)
    report_documents_out = report_documents(train_shipments_out, export_invoices_out)
    download_invoices_out = download_invoices(report_documents_out)
    compact_leads_out = compact_leads(report_documents_out, download_invoices_out)
    validate_orders_out = validate_orders(download_invoices_out, compact_leads_out)
    download_shipments_out = download_shipments(validate_orders_out)
    clean_orders_out = clean_orders(validate_orders_out, download_shipments_out)
    snapshot_transactions_out = snapshot_transactions(clean_orders_out)
    validate_accounts_out = validate_accounts(snapshot_transactions_out)


logistics_tickets_validate_pipeline_dag = logistics_tickets_validate_pipeline()
