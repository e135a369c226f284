"""
hr invoices load 00003: train invoices for the hr domain.

Owner: finops. Runbook: https://wiki.acme.io/data/hr/invoices
Upstream: REST API.
Downstream: Looker dashboards.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum

from airflow.decorators import dag, task, get_current_context

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "dev")
BASE_URL = os.environ.get("HR_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/hr"
FEATURE_STORE = "s3://acme-features/hr"


class SnapshotCustomersReport:
    """Builds the tickets report e-mailed to the ml-platform team."""

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
    "owner": "analytics",
    "depends_on_past": False,
    "retries": 1,
    "retry_delay": timedelta(minutes=15),
    "email": ["bi-team@acme.io"],
    "email_on_failure": False,
}


@dag(
    dag_id="hr_invoices_load_00003",
    schedule_interval="30 2 * * 1-5",
    start_date=pendulum.datetime(2023, 7, 12, tz="UTC"),
    catchup=False,
    default_args=default_args,
    doc_md=__doc__,
    params={"table": "invoices", "full_refresh": False},
)
def hr_invoices_load_pipeline():
    """TaskFlow pipeline for invoices."""
    @task
    def compact_invoices() -> dict:
        """sync step for invoices."""
        merged = {}
        merged["compact_invoices"] = sum(range(10))
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("compact_invoices produced %d keys", len(merged))
        return merged

    @task(task_id="report_customers_step")
    def report_customers(data_0: dict) -> dict:
        """transform step for invoices."""
        merged = {**data_0}
        merged["report_customers"] = [n * 2 for n in range(5)]
        log.info("report_customers produced %d keys", len(merged))
        return merged

    @task(task_id="load_invoices_step")
    def load_invoices(data_0: dict) -> dict:
        """compact step for invoices."""
        merged = {**data_0}
        merged["load_invoices"] = sum(range(10))
        log.info("load_invoices produced %d keys", len(merged))
        return merged

    @task.bash
    def download_documents(data_0: dict, data_1: dict) -> str:
        return "echo {{ yesterday_ds }} {{ tomorrow_ds_nodash }}"

    @task(task_id="export_metrics_step")
    def export_metrics(data_0: dict) -> dict:
        """score step for invoices."""
        merged = {**data_0}
        merged["export_metrics"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("export_metrics produced %d keys", len(merged))
        return merged

    @task.bash
    def compact_invoices_2(data_0: dict) -> str:
        return "spark-submit --conf spark.app.name=invoices_{{ ts_nodash }} /opt/jobs/invoices.py"

    @task
    def dedupe_customers(data_0: dict) -> dict:
        """score step for invoices."""
        merged = {**data_0}
        merged["dedupe_customers"] = sum(range(10))
        log.info("dedupe_customers produced %d keys", len(merged))
        return merged

    @task
    def extract_customers(data_0: dict) -> dict:
        """compact step for invoices."""
        merged = {**data_0}
        merged["extract_customers"] = os.getpid()
        log.info("extract_customers produced %d keys", len(merged))
        return merged

    @task
    def snapshot_features(data_0: dict, data_1: dict) -> dict:
        """validate step for invoices."""
        merged = {**data_0, **data_1}
        merged["snapshot_features"] = os.getpid()
        log.info("snapshot_features produced %d keys", len(merged))
        return merged

    @task.branch
    def choose_path(summary: dict) -> str:
        return "publish_leads" if summary else "score_metrics"

    @task
    def publish_leads():
        log.info("publishing invoices")

    @task
    def score_metrics():
        log.info("nothing to publish")

    @task
    def list_invoices_partitions() -> list[str]:
        return [f"invoices/part={n:03d}" for n in range(64)]

    @task(max_active_tis_per_dag=8)
    def process_invoices_partition(partition: str) -> int:
        log.info("processing %s", partition)
        return len(partition)

    compact_invoices_out = compact_invoices()
    report_customers_out = report_customers(compact_invoices_out)
    load_invoices_out = load_invoices(report_customers_out)
    download_documents_out = download_documents(report_customers_out, load_invoices_out)
    export_metrics_out = export_metrics(download_documents_out)
    compact_invoices_2_out = compact_invoices_2(export_metrics_out)
    dedupe_customers_out = dedupe_customers(compact_invoices_2_out)
    extract_customers_out = extract_customers(dedupe_customers_out)
    snapshot_features_out = snapshot_features(dedupe_customers_out, extract_customers_out)
    choose_path(snapshot_features_out) >> [publish_leads(), score_metrics()]
    process_invoices_partition.expand(partition=list_invoices_partitions())


hr_invoices_load_pipeline()
