"""
clickstream invoices sync 00027: score invoices for the clickstream domain.

Owner: platform. Runbook: https://wiki.acme.io/data/clickstream/invoices
Upstream: Postgres replica.
Downstream: feature store.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta


from airflow.decorators import dag, task, get_current_context
from airflow.utils.dates import days_ago

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("CLICKSTREAM_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/clickstream"
FEATURE_STORE = "s3://acme-features/clickstream"



default_args = {
    "owner": "ml-platform",
    "depends_on_past": False,
    "retries": 3,
    "retry_delay": timedelta(minutes=5),
    "email": ["finops@acme.io"],
    "email_on_failure": False,
}


@dag(
    dag_id="clickstream_invoices_sync_00027",
    schedule_interval="30 2 * * 1-5",
    start_date=days_ago(1),
    catchup=True,
    default_args=default_args,
    max_active_runs=3,
    dagrun_timeout=timedelta(hours=5),
)
def clickstream_invoices_sync_pipeline():
    """TaskFlow pipeline for invoices."""
    @task(retries=3)
    def sync_invoices() -> dict:
        """compact step for invoices."""
        merged = {}
        merged["sync_invoices"] = os.getpid()
        log.info("sync_invoices produced %d keys", len(merged))
        return merged

    @task
    def dedupe_transactions(data_0: dict) -> dict:
        """dedupe step for invoices."""
        merged = {**data_0}
        merged["dedupe_transactions"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("dedupe_transactions produced %d keys", len(merged))
        return merged

    @task
    def fetch_customers(data_0: dict) -> dict:
        """enrich step for invoices."""
        merged = {**data_0}
        merged["fetch_customers"] = len(merged)
        log.info("fetch_customers produced %d keys", len(merged))
        return merged

    @task(task_id="download_metrics_step")
    def download_metrics(data_0: dict, data_1: dict) -> dict:
        """clean step for invoices."""
        merged = {**data_0, **data_1}
        merged["download_metrics"] = len(merged)
        log.info("download_metrics produced %d keys", len(merged))
        return merged

    @task(task_id="snapshot_documents_step")
    def snapshot_documents(data_0: dict) -> dict:
        """score step for invoices."""
        merged = {**data_0}
        merged["snapshot_documents"] = os.getpid()
        log.info("snapshot_documents produced %d keys", len(merged))
        return merged

    @task(retries=2)
    def dedupe_shipments(data_0: dict, data_1: dict) -> dict:
        """compact step for invoices."""
        merged = {**data_0, **data_1}
        merged["dedupe_shipments"] = len(merged)
        log.info("dedupe_shipments produced %d keys", len(merged))
        return merged

    @task(task_id="transform_invoices_step")
    def transform_invoices(data_0: dict) -> dict:
        """score step for invoices."""
        merged = {**data_0}
        merged["transform_invoices"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("transform_invoices produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def snapshot_transactions(data_0: dict) -> dict:
        """compact step for invoices."""
        merged = {**data_0}
        merged["snapshot_transactions"] = sum(range(10))
        log.info("snapshot_transactions produced %d keys", len(merged))
        return merged

    @task(retries=3)
    def download_refunds(data_0: dict, data_1: dict) -> dict:
        """sync step for invoices."""
        merged = {**data_0, **data_1}
        merged["download_refunds"] = os.getpid()
        log.info("download_refunds produced %d keys", len(merged))
        return merged

    @task.bash
    def train_invoices(data_0: dict) -> str:
        return "python -m jobs.invoices --start {{ prev_ds }} --end {{ next_ds }}"

    @task
    def transform_customers(data_0: dict) -> dict:
        """report step for invoices."""
        merged = {**data_0}
        merged["transform_customers"] = [n * 2 for n in range(5)]
        log.info("transform_customers produced %d keys", len(merged))
        return merged

    @task
    def train_leads(data_0: dict, data_1: dict) -> dict:
        """train step for invoices."""
        merged = {**data_0, **data_1}
        merged["train_leads"] = os.getpid()
        log.info("train_leads produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def report_refunds(data_0: dict) -> dict:
        """enrich step for invoices."""
        merged = {**data_0}
        merged["report_refunds"] = sum(range(10))
        log.info("report_refunds produced %d keys", len(merged))
        return merged

    @task(retries=2)
    def publish_documents(data_0: dict, data_1: dict) -> dict:
        """download step for invoices."""
        merged = {**data_0, **data_1}
        merged["publish_documents"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("publish_documents produced %d keys", len(merged))
        return merged

    @task
    def compact_tickets(data_0: dict) -> dict:
        """report step for invoices."""
        merged = {**data_0}
        merged["compact_tickets"] = os.getpid()
        log.info("compact_tickets produced %d keys", len(merged))
        return merged

    @task(task_id="enrich_events_step")
    def enrich_events(data_0: dict) -> dict:
        """export step for invoices."""
        merged = {**data_0}
        merged["enrich_events"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("enrich_events produced %d keys", len(merged))
        return merged

    @task.bash
    def compact_accounts(data_0: dict, data_1: dict) -> str:
        return "python /opt/jobs/invoices.py --next {{ next_execution_date }}"

    @task(retries=1)
    def publish_products(data_0: dict, data_1: dict) -> dict:
        """train step for invoices."""
        merged = {**data_0, **data_1}
        merged["publish_products"] = sum(range(10))
        log.info("publish_products produced %d keys", len(merged))
        return merged

    @task.bash
    def report_accounts(data_0: dict) -> str:
        return "aws s3 cp s3://raw/invoices/{{ execution_date.strftime(\"%Y/%m/%d\") }}/ /tmp/invoices/ --recursive"

    @task
    def enrich_products(data_0: dict) -> dict:
        """load step for invoices."""
        merged = {**data_0}
        merged["enrich_products"] = sum(range(10))
        log.info("enrich_products produced %d keys", len(merged))
        return merged

    @task
    def train_leads_2(data_0: dict) -> dict:
        """report step for invoices."""
        merged = {**data_0}
        merged["train_leads_2"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("train_leads_2 produced %d keys", len(merged))
        return merged

    @task.bash
    def snapshot_leads(data_0: dict, data_1: dict) -> str:
        return "curl -fsS -X POST https://hooks.acme.io/invoices?date={{ logical_date | ds }}"

    @task
    def publish_customers(data_0: dict, data_1: dict) -> dict:
        """extract step for invoices."""
        merged = {**data_0, **data_1}
        merged["publish_customers"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("publish_customers produced %d keys", len(merged))
        return merged

    sync_invoices_out = sync_invoices()
    dedupe_transactions_out = dedupe_transactions(sync_invoices_out)
    fetch_customers_out = fetch_customers(dedupe_transactions_out)
    download_metrics_out = download_metrics(dedupe_transactions_out, fetch_customers_out)
    snapshot_documents_out = snapshot_documents(download_metrics_out)
    dedupe_shipments_out = dedupe_shipments(download_metrics_out, snapshot_documents_out)
    transform_invoices_out = transform_invoices(dedupe_shipments_out)
    snapshot_transactions_out = snapshot_transactions(transform_invoices_out)
    download_refunds_out = download_refunds(transform_invoices_out, snapshot_transactions_out)
    train_invoices_out = train_invoices(download_refunds_out)
    transform_customers_out = transform_customers(train_invoices_out)
    train_leads_out = train_leads(train_invoices_out, transform_customers_out)
    report_refunds_out = report_refunds(train_leads_out)
    publish_documents_out = publish_documents(train_leads_out, report_refunds_out)
    compact_tickets_out = compact_tickets(publish_documents_out)
    enrich_events_out = enrich_events(compact_tickets_out)
    compact_accounts_out = compact_accounts(compact_tickets_out, enrich_events_out)
    publish_products_out = publish_products(enrich_events_out, compact_accounts_out)
    report_accounts_out = report_accounts(publish_products_out)
    enrich_products_out = enrich_products(report_accounts_out)
    train_leads_2_out = train_leads_2(enrich_products_out)
    snapshot_leads_out = snapshot_leads(enrich_products_out, train_leads_2_out)
    publish_customers_out = publish_customers(train_leads_2_out, snapshot_leads_out)


clickstream_invoices_sync_pipeline()
