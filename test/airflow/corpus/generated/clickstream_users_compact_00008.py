"""
clickstream users compact 00008: publish users for the clickstream domain.

Owner: analytics. Runbook: https://wiki.acme.io/data/clickstream/users
Upstream: Kafka topic.
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
BASE_URL = os.environ.get("CLICKSTREAM_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/clickstream"
FEATURE_STORE = "s3://acme-features/clickstream"


class ExtractTransactionsReport:
    """Builds the tickets report e-mailed to the analytics team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "tickets report"

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
    "owner": "ml-platform",
    "depends_on_past": False,
    "retries": 3,
    "retry_delay": timedelta(minutes=1),
    "email": ["analytics@acme.io"],
    "email_on_failure": True,
}


@dag(
    dag_id="clickstream_users_compact_00008",
    schedule="@once",
    start_date=pendulum.datetime(2025, 12, 5, tz="America/New_York"),
    catchup=False,
    default_args=default_args,
    max_active_runs=3,
)
def clickstream_users_compact_pipeline():
    """TaskFlow pipeline for users."""
    @task.bash
    def download_transactions() -> str:
        return "dbt run --select tag:users --vars '{\"run_date\": \"{{ ds }}\"}'"

    @task.bash
    def validate_documents(data_0: dict) -> str:
        return "echo \"run for {{ ds }}\" && python /opt/jobs/users.py --date {{ ds_nodash }}"

    @task
    def score_users(data_0: dict, data_1: dict) -> dict:
        """extract step for users."""
        merged = {**data_0, **data_1}
        merged["score_users"] = os.getpid()
        log.info("score_users produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def compact_orders(data_0: dict) -> dict:
        """clean step for users."""
        merged = {**data_0}
        merged["compact_orders"] = os.getpid()
        log.info("compact_orders produced %d keys", len(merged))
        return merged

    @task
    def load_leads(data_0: dict, data_1: dict) -> dict:
        """sync step for users."""
        merged = {**data_0, **data_1}
        merged["load_leads"] = os.getpid()
        log.info("load_leads produced %d keys", len(merged))
        return merged

    @task.bash
    def extract_accounts(data_0: dict, data_1: dict) -> str:
        return "spark-submit --conf spark.app.name=users_{{ ts_nodash }} /opt/jobs/users.py"

    @task(retries=2)
    def score_features(data_0: dict, data_1: dict) -> dict:
        """enrich step for users."""
        merged = {**data_0, **data_1}
        merged["score_features"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("score_features produced %d keys", len(merged))
        return merged

    @task(retries=2)
    def export_refunds(data_0: dict, data_1: dict) -> dict:
        """report step for users."""
        merged = {**data_0, **data_1}
        merged["export_refunds"] = sum(range(10))
        log.info("export_refunds produced %d keys", len(merged))
        return merged

    @task
    def publish_invoices(data_0: dict) -> dict:
        """score step for users."""
        merged = {**data_0}
        merged["publish_invoices"] = len(merged)
        log.info("publish_invoices produced %d keys", len(merged))
        return merged

    @task(task_id="download_refunds_step")
    def download_refunds(data_0: dict, data_1: dict) -> dict:
        """compact step for users."""
        merged = {**data_0, **data_1}
        merged["download_refunds"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("download_refunds produced %d keys", len(merged))
        return merged

    @task
    def export_tickets(data_0: dict) -> dict:
        """export step for users."""
        merged = {**data_0}
        merged["export_tickets"] = len(merged)
        log.info("export_tickets produced %d keys", len(merged))
        return merged

    @task
    def validate_leads(data_0: dict, data_1: dict) -> dict:
        """clean step for users."""
        merged = {**data_0, **data_1}
        merged["validate_leads"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("validate_leads produced %d keys", len(merged))
        return merged

    @task
    def extract_events(data_0: dict) -> dict:
        """dedupe step for users."""
        merged = {**data_0}
        merged["extract_events"] = os.getpid()
        log.info("extract_events produced %d keys", len(merged))
        return merged

    @task.bash
    def sync_orders(data_0: dict) -> str:
        return "echo \"{{ ti.xcom_pull(task_ids='extract_events_out') }}\""

    @task.bash
    def report_features(data_0: dict) -> str:
        return "echo \"{{ ti.xcom_pull(task_ids='sync_orders_out') }}\""

    @task
    def sync_events(data_0: dict, data_1: dict) -> dict:
        """sync step for users."""
        merged = {**data_0, **data_1}
        merged["sync_events"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("sync_events produced %d keys", len(merged))
        return merged

    @task
    def validate_documents_2(data_0: dict, data_1: dict) -> dict:
        """train step for users."""
        merged = {**data_0, **data_1}
        merged["validate_documents_2"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("validate_documents_2 produced %d keys", len(merged))
        return merged

    @task
    def download_products(data_0: dict) -> dict:
        """compact step for users."""
        merged = {**data_0}
        merged["download_products"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("download_products produced %d keys", len(merged))
        return merged

    @task
    def score_metrics(data_0: dict, data_1: dict) -> dict:
        """export step for users."""
        merged = {**data_0, **data_1}
        merged["score_metrics"] = [n * 2 for n in range(5)]
        log.info("score_metrics produced %d keys", len(merged))
        return merged

    @task
    def extract_users(data_0: dict, data_1: dict) -> dict:
        """sync step for users."""
        merged = {**data_0, **data_1}
        merged["extract_users"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("extract_users produced %d keys", len(merged))
        return merged

    @task(retries=2)
    def transform_invoices(data_0: dict) -> dict:
        """validate step for users."""
        merged = {**data_0}
        merged["transform_invoices"] = os.getpid()
        log.info("transform_invoices produced %d keys", len(merged))
        return merged

    @task(retries=2)
    def train_transactions(data_0: dict, data_1: dict) -> dict:
        """validate step for users."""
        merged = {**data_0, **data_1}
        merged["train_transactions"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("train_transactions produced %d keys", len(merged))
        return merged

    download_transactions_out = download_transactions()
    validate_documents_out = validate_documents(download_transactions_out)
    score_users_out = score_users(download_transactions_out, validate_documents_out)
    compact_orders_out = compact_orders(score_users_out)
    load_leads_out = load_leads(score_users_out, compact_orders_out)
    extract_accounts_out = extract_accounts(compact_orders_out, load_leads_out)
    score_features_out = score_features(load_leads_out, extract_accounts_out)
    export_refunds_out = export_refunds(extract_accounts_out, score_features_out)
    publish_invoices_out = publish_invoices(export_refunds_out)
    download_refunds_out = download_refunds(export_refunds_out, publish_invoices_out)
    export_tickets_out = export_tickets(download_refunds_out)
    validate_leads_out = validate_leads(download_refunds_out, export_tickets_out)
    extract_events_out = extract_events(validate_leads_out)
    sync_orders_out = sync_orders(extract_events_out)
    report_features_out = report_features(sync_orders_out)
    sync_events_out = sync_events(sync_orders_out, report_features_out)
    validate_documents_2_out = validate_documents_2(report_features_out, sync_events_out)
    download_products_out = download_products(validate_documents_2_out)
    score_metrics_out = score_metrics(validate_documents_2_out, download_products_out)
    extract_users_out = extract_users(download_products_out, score_metrics_out)
    transform_invoices_out = transform_invoices(extract_users_out)
    train_transactions_out = train_transactions(extract_users_out, transform_invoices_out)


clickstream_users_compact_pipeline_dag = clickstream_users_compact_pipeline()
