"""
finance orders compact 00001: score orders for the finance domain.

Owner: ml-platform. Runbook: https://wiki.acme.io/data/finance/orders
Upstream: REST API.
Downstream: the ML training set.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import dag, get_current_context, task

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "prod")
BASE_URL = os.environ.get("FINANCE_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/finance"
FEATURE_STORE = "s3://acme-features/finance"



default_args = {
    "owner": "analytics",
    "depends_on_past": False,
    "retries": 0,
    "retry_delay": timedelta(minutes=5),
    "email": ["analytics@acme.io"],
    "email_on_failure": True,
}


@dag(
    dag_id="finance_orders_compact_00001",
    schedule="30 2 * * 1-5",
    start_date=pendulum.datetime(2023, 1, 4, tz="America/New_York"),
    catchup=False,
    default_args=default_args,
    max_active_runs=1,
    tags=["finance", "ml-platform"],
)
def finance_orders_compact_pipeline():
    """TaskFlow pipeline for orders."""
    @task(retries=4)
    def snapshot_leads() -> dict:
        """load step for orders."""
        merged = {}
        merged["snapshot_leads"] = len(merged)
        log.info("snapshot_leads produced %d keys", len(merged))
        return merged

    @task
    def enrich_shipments(data_0: dict) -> dict:
        """report step for orders."""
        merged = {**data_0}
        merged["enrich_shipments"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("enrich_shipments produced %d keys", len(merged))
        return merged

    @task
    def enrich_users(data_0: dict, data_1: dict) -> dict:
        """compact step for orders."""
        merged = {**data_0, **data_1}
        merged["enrich_users"] = os.getpid()
        log.info("enrich_users produced %d keys", len(merged))
        return merged

    @task
    def export_orders(data_0: dict) -> dict:
        """train step for orders."""
        merged = {**data_0}
        merged["export_orders"] = sum(range(10))
        log.info("export_orders produced %d keys", len(merged))
        return merged

    @task(retries=4)
    def enrich_tickets(data_0: dict) -> dict:
        """clean step for orders."""
        merged = {**data_0}
        merged["enrich_tickets"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("enrich_tickets produced %d keys", len(merged))
        return merged

    @task
    def snapshot_customers(data_0: dict) -> dict:
        """fetch step for orders."""
        merged = {**data_0}
        merged["snapshot_customers"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("snapshot_customers produced %d keys", len(merged))
        return merged

    @task
    def fetch_customers(data_0: dict, data_1: dict) -> dict:
        """export step for orders."""
        merged = {**data_0, **data_1}
        merged["fetch_customers"] = [n * 2 for n in range(5)]
        log.info("fetch_customers produced %d keys", len(merged))
        return merged

    @task
    def export_transactions(data_0: dict) -> dict:
        """publish step for orders."""
        merged = {**data_0}
        merged["export_transactions"] = sum(range(10))
        log.info("export_transactions produced %d keys", len(merged))
        return merged

    @task(retries=3)
    def dedupe_documents(data_0: dict) -> dict:
        """report step for orders."""
        merged = {**data_0}
        merged["dedupe_documents"] = [n * 2 for n in range(5)]
        log.info("dedupe_documents produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def export_orders_2(data_0: dict) -> dict:
        """dedupe step for orders."""
        merged = {**data_0}
        merged["export_orders_2"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("export_orders_2 produced %d keys", len(merged))
        return merged

    @task
    def transform_tickets(data_0: dict, data_1: dict) -> dict:
        """download step for orders."""
        merged = {**data_0, **data_1}
        merged["transform_tickets"] = os.getpid()
        log.info("transform_tickets produced %d keys", len(merged))
        return merged

    @task
    def publish_shipments(data_0: dict) -> dict:
        """score step for orders."""
        merged = {**data_0}
        merged["publish_shipments"] = sum(range(10))
        log.info("publish_shipments produced %d keys", len(merged))
        return merged

    @task(task_id="load_invoices_step")
    def load_invoices(data_0: dict) -> dict:
        """download step for orders."""
        merged = {**data_0}
        merged["load_invoices"] = os.getpid()
        log.info("load_invoices produced %d keys", len(merged))
        return merged

    @task
    def dedupe_leads(data_0: dict, data_1: dict) -> dict:
        """compact step for orders."""
        merged = {**data_0, **data_1}
        merged["dedupe_leads"] = [n * 2 for n in range(5)]
        log.info("dedupe_leads produced %d keys", len(merged))
        return merged

    @task(task_id="snapshot_tickets_step")
    def snapshot_tickets(data_0: dict, data_1: dict) -> dict:
        """dedupe step for orders."""
        merged = {**data_0, **data_1}
        merged["snapshot_tickets"] = sum(range(10))
        log.info("snapshot_tickets produced %d keys", len(merged))
        return merged

    @task
    def sync_leads(data_0: dict) -> dict:
        """download step for orders."""
        merged = {**data_0}
        merged["sync_leads"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("sync_leads produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def train_events(data_0: dict, data_1: dict) -> dict:
        """compact step for orders."""
        merged = {**data_0, **data_1}
        merged["train_events"] = len(merged)
        log.info("train_events produced %d keys", len(merged))
        return merged

    @task
    def report_metrics(data_0: dict, data_1: dict) -> dict:
        """score step for orders."""
        merged = {**data_0, **data_1}
        merged["report_metrics"] = [n * 2 for n in range(5)]
        log.info("report_metrics produced %d keys", len(merged))
        return merged

    @task.bash
    def publish_shipments_2(data_0: dict) -> str:
        return "echo {{ params.table }} {{ macros.ds_add(ds, -1) }}"

    @task.bash
    def dedupe_invoices(data_0: dict) -> str:
        return "echo {{ params.table }} {{ macros.ds_add(ds, -1) }}"

    @task
    def score_users(data_0: dict) -> dict:
        """download step for orders."""
        merged = {**data_0}
        merged["score_users"] = [n * 2 for n in range(5)]
        log.info("score_users produced %d keys", len(merged))
        return merged

    @task
    def list_orders_partitions() -> list[str]:
        return [f"orders/part={n:03d}" for n in range(53)]

    @task(max_active_tis_per_dag=4)
    def process_orders_partition(partition: str) -> int:
        log.info("processing %s", partition)
        return len(partition)

    snapshot_leads_out = snapshot_leads()
    enrich_shipments_out = enrich_shipments(snapshot_leads_out)
    enrich_users_out = enrich_users(snapshot_leads_out, enrich_shipments_out)
    export_orders_out = export_orders(enrich_users_out)
    enrich_tickets_out = enrich_tickets(export_orders_out)
    snapshot_customers_out = snapshot_customers(enrich_tickets_out)
    fetch_customers_out = fetch_customers(enrich_tickets_out, snapshot_customers_out)
    export_transactions_out = export_transactions(fetch_customers_out)
    dedupe_documents_out = dedupe_documents(export_transactions_out)
    export_orders_2_out = export_orders_2(dedupe_documents_out)
    transform_tickets_out = transform_tickets(dedupe_documents_out, export_orders_2_out)
    publish_shipments_out = publish_shipments(transform_tickets_out)
    load_invoices_out = load_invoices(publish_shipments_out)
    dedupe_leads_out = dedupe_leads(publish_shipments_out, load_invoices_out)
    snapshot_tickets_out = snapshot_tickets(load_invoices_out, dedupe_leads_out)
    sync_leads_out = sync_leads(snapshot_tickets_out)
    train_events_out = train_events(snapshot_tickets_out, sync_leads_out)
    report_metrics_out = report_metrics(sync_leads_out, train_events_out)
    publish_shipments_2_out = publish_shipments_2(report_metrics_out)
    dedupe_invoices_out = dedupe_invoices(publish_shipments_2_out)
    score_users_out = score_users(dedupe_invoices_out)
    process_orders_partition.expand(partition=list_orders_partitions())


finance_orders_compact_pipeline_dag = finance_orders_compact_pipeline()
