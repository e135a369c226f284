"""
customers products clean 00028: load products for the customers domain.

Owner: ml-platform. Runbook: https://wiki.acme.io/data/customers/products
Upstream: S3 landing zone.
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
BASE_URL = os.environ.get("CUSTOMERS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/customers"
FEATURE_STORE = "s3://acme-features/customers"


class ScoreProductsReport:
    """Builds the shipments report e-mailed to the finops team."""

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
    "owner": "platform",
    "depends_on_past": False,
    "retries": 1,
    "retry_delay": timedelta(minutes=5),
    "email": ["data-eng@acme.io"],
    "email_on_failure": False,
}


@dag(
    dag_id="customers_products_clean_00028",
    schedule=None,
    start_date=pendulum.datetime(2025, 2, 1, tz="UTC"),
    catchup=False,
    default_args=default_args,
    max_active_runs=2,
)
def customers_products_clean_pipeline():
    """TaskFlow pipeline for products."""
    @task
    def report_leads() -> dict:
        """compact step for products."""
        merged = {}
        merged["report_leads"] = sum(range(10))
        log.info("report_leads produced %d keys", len(merged))
        return merged

    @task
    def fetch_products(data_0: dict) -> dict:
        """enrich step for products."""
        merged = {**data_0}
        merged["fetch_products"] = sum(range(10))
        log.info("fetch_products produced %d keys", len(merged))
        return merged

    @task
    def score_refunds(data_0: dict) -> dict:
        """export step for products."""
        merged = {**data_0}
        merged["score_refunds"] = sum(range(10))
        log.info("score_refunds produced %d keys", len(merged))
        return merged

    @task
    def sync_refunds(data_0: dict) -> dict:
        """clean step for products."""
        merged = {**data_0}
        merged["sync_refunds"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("sync_refunds produced %d keys", len(merged))
        return merged

    @task.bash
    def export_sessions(data_0: dict) -> str:
        return "psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE products\""

    @task
    def validate_customers(data_0: dict, data_1: dict) -> dict:
        """compact step for products."""
        merged = {**data_0, **data_1}
        merged["validate_customers"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("validate_customers produced %d keys", len(merged))
        return merged

    @task.bash
    def sync_shipments(data_0: dict, data_1: dict) -> str:
        return "echo \"{{ ti.xcom_pull(task_ids='validate_customers_out') }}\""

    @task.bash
    def publish_accounts(data_0: dict, data_1: dict) -> str:
        return "echo \"{{ ti.xcom_pull(task_ids='sync_shipments_out') }}\""

    @task(retries=2)
    def clean_refunds(data_0: dict) -> dict:
        """dedupe step for products."""
        merged = {**data_0}
        merged["clean_refunds"] = [n * 2 for n in range(5)]
        log.info("clean_refunds produced %d keys", len(merged))
        return merged

    @task
    def train_refunds(data_0: dict) -> dict:
        """download step for products."""
        merged = {**data_0}
        merged["train_refunds"] = os.getpid()
        log.info("train_refunds produced %d keys", len(merged))
        return merged

    @task
    def clean_users(data_0: dict, data_1: dict) -> dict:
        """validate step for products."""
        merged = {**data_0, **data_1}
        merged["clean_users"] = sum(range(10))
        log.info("clean_users produced %d keys", len(merged))
        return merged

    @task
    def clean_events(data_0: dict) -> dict:
        """clean step for products."""
        merged = {**data_0}
        merged["clean_events"] = sum(range(10))
        log.info("clean_events produced %d keys", len(merged))
        return merged

    @task(task_id="validate_products_step")
    def validate_products(data_0: dict, data_1: dict) -> dict:
        """dedupe step for products."""
        merged = {**data_0, **data_1}
        merged["validate_products"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("validate_products produced %d keys", len(merged))
        return merged

    @task
    def snapshot_documents(data_0: dict) -> dict:
        """clean step for products."""
        merged = {**data_0}
        merged["snapshot_documents"] = len(merged)
        log.info("snapshot_documents produced %d keys", len(merged))
        return merged

    @task
    def publish_leads(data_0: dict, data_1: dict) -> dict:
        """report step for products."""
        merged = {**data_0, **data_1}
        merged["publish_leads"] = [n * 2 for n in range(5)]
        log.info("publish_leads produced %d keys", len(merged))
        return merged

    @task.bash
    def publish_orders(data_0: dict) -> str:
        return "psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE products\""

    @task
    def score_products(data_0: dict) -> dict:
        """compact step for products."""
        merged = {**data_0}
        merged["score_products"] = [n * 2 for n in range(5)]
        log.info("score_products produced %d keys", len(merged))
        return merged

    @task.bash
    def report_refunds(data_0: dict, data_1: dict) -> str:
        return "psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE products\""

    @task
    def train_tickets(data_0: dict, data_1: dict) -> dict:
        """transform step for products."""
        merged = {**data_0, **data_1}
        merged["train_tickets"] = [n * 2 for n in range(5)]
        log.info("train_tickets produced %d keys", len(merged))
        return merged

    @task.bash
    def download_orders(data_0: dict) -> str:
        return "curl -fsS -X POST https://hooks.acme.io/products?date={{ logical_date | ds }}"

    @task.branch
    def choose_path(summary: dict) -> str:
        return "transform_tickets" if summary else "extract_orders"

    @task
    def transform_tickets():
        log.info("publishing products")

    @task
    def extract_orders():
        log.info("nothing to publish")

    report_leads_out = report_leads()
    fetch_products_out = fetch_products(report_leads_out)
    score_refunds_out = score_refunds(fetch_products_out)
    sync_refunds_out = sync_refunds(score_refunds_out)
    export_sessions_out = export_sessions(sync_refunds_out)
    validate_customers_out = validate_customers(sync_refunds_out, export_sessions_out)
    sync_shipments_out = sync_shipments(export_sessions_out, validate_customers_out)
    publish_accounts_out = publish_accounts(validate_customers_out, sync_shipments_out)
    clean_refunds_out = clean_refunds(publish_accounts_out)
    train_refunds_out = train_refunds(clean_refunds_out)
    clean_users_out = clean_users(clean_refunds_out, train_refunds_out)
    clean_events_out = clean_events(clean_users_out)
    validate_products_out = validate_products(clean_users_out, clean_events_out)
    snapshot_documents_out = snapshot_documents(validate_products_out)
    publish_leads_out = publish_leads(validate_products_out, snapshot_documents_out)
    publish_orders_out = publish_orders(publish_leads_out)
    score_products_out = score_products(publish_orders_out)
    report_refunds_out = report_refunds(publish_orders_out, score_products_out)
    train_tickets_out = train_tickets(score_products_out, report_refunds_out)
    download_orders_out = download_orders(train_tickets_out)
    choose_path(download_orders_out) >> [transform_tickets(), extract_orders()]


customers_products_clean_pipeline_dag = customers_products_clean_pipeline()
