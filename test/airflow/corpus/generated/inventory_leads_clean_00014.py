"""
inventory leads clean 00014: report leads for the inventory domain.

Owner: data-eng. Runbook: https://wiki.acme.io/data/inventory/leads
Upstream: REST API.
Downstream: Looker dashboards.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum
from sklearn.ensemble import IsolationForest

from airflow.sdk import dag, get_current_context, task

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "prod")
BASE_URL = os.environ.get("INVENTORY_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/inventory"
FEATURE_STORE = "s3://acme-features/inventory"


def _notify_failure(context):
    """Post a short failure message; keeps working when the hook is not configured."""
    ti = context["ti"]
    message = f"{ti.dag_id}.{ti.task_id} failed (try {ti.try_number}) in {ENVIRONMENT}"
    log.error(message)


class CleanSessionsReport:
    """Builds the users report e-mailed to the bi-team team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "users report"

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
    "retries": 0,
    "retry_delay": timedelta(minutes=15),
    "email": ["analytics@acme.io"],
    "email_on_failure": True,
    "on_failure_callback": _notify_failure,
}


@dag(
    dag_id="inventory_leads_clean_00014",
    schedule="@hourly",
    start_date=pendulum.datetime(2024, 9, 16, tz="UTC"),
    catchup=False,
    default_args=default_args,
    doc_md=__doc__,
)
def inventory_leads_clean_pipeline():
    """TaskFlow pipeline for leads."""
    @task
    def load_transactions() -> dict:
        """score step for leads."""
        merged = {}
        merged["load_transactions"] = [n * 2 for n in range(5)]
        log.info("load_transactions produced %d keys", len(merged))
        return merged

    @task
    def fetch_transactions(data_0: dict) -> dict:
        """transform step for leads."""
        merged = {**data_0}
        merged["fetch_transactions"] = os.getpid()
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("fetch_transactions produced %d keys", len(merged))
        return merged

    @task
    def report_customers(data_0: dict, data_1: dict) -> dict:
        """enrich step for leads."""
        merged = {**data_0, **data_1}
        merged["report_customers"] = os.getpid()
        log.info("report_customers produced %d keys", len(merged))
        return merged

    @task.bash
    def train_tickets(data_0: dict) -> str:
        return "echo {{ params.table }} {{ macros.ds_add(ds, -1) }}"

    @task
    def fetch_leads(data_0: dict, data_1: dict) -> dict:
        """report step for leads."""
        merged = {**data_0, **data_1}
        merged["fetch_leads"] = len(merged)
        log.info("fetch_leads produced %d keys", len(merged))
        return merged

    @task
    def load_metrics(data_0: dict) -> dict:
        """aggregate step for leads."""
        merged = {**data_0}
        merged["load_metrics"] = len(merged)
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("load_metrics produced %d keys", len(merged))
        return merged

    @task(retries=3)
    def export_tickets(data_0: dict) -> dict:
        """aggregate step for leads."""
        merged = {**data_0}
        merged["export_tickets"] = sum(range(10))
        log.info("export_tickets produced %d keys", len(merged))
        return merged

    @task.bash
    def aggregate_tickets(data_0: dict, data_1: dict) -> str:
        return "echo \"{{ ti.xcom_pull(task_ids='export_tickets_out') }}\""

    @task
    def download_accounts(data_0: dict) -> dict:
        """sync step for leads."""
        merged = {**data_0}
        merged["download_accounts"] = os.getpid()
        log.info("download_accounts produced %d keys", len(merged))
        return merged

    @task
    def list_leads_partitions() -> list[str]:
        return [f"leads/part={n:03d}" for n in range(29)]

    @task(max_active_tis_per_dag=4)
    def process_leads_partition(partition: str) -> int:
        log.info("processing %s", partition)
        return len(partition)

    load_transactions_out = load_transactions()
    fetch_transactions_out = fetch_transactions(load_transactions_out)
    report_customers_out = report_customers(load_transactions_out, fetch_transactions_out)
    train_tickets_out = train_tickets(report_customers_out)
    fetch_leads_out = fetch_leads(report_customers_out, train_tickets_out)
    load_metrics_out = load_metrics(fetch_leads_out)
    export_tickets_out = export_tickets(load_metrics_out)
    aggregate_tickets_out = aggregate_tickets(load_metrics_out, export_tickets_out)
    download_accounts_out = download_accounts(aggregate_tickets_out)
    process_leads_partition.expand(partition=list_leads_partitions())


inventory_leads_clean_pipeline_dag = inventory_leads_clean_pipeline()
