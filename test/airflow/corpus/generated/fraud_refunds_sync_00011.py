"""
fraud refunds sync 00011: publish refunds for the fraud domain.

Owner: platform. Runbook: https://wiki.acme.io/data/fraud/refunds
Upstream: S3 landing zone.
Downstream: Looker dashboards.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum

from airflow import DAG
from airflow.decorators import task
from airflow.operators.python import PythonOperator
from airflow.operators.empty import EmptyOperator
from airflow.providers.cncf.kubernetes.operators.kubernetes_pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("FRAUD_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/fraud"
FEATURE_STORE = "s3://acme-features/fraud"


def _publish_leads(ds: str, **context) -> list[dict]:
    """Fetch invoices for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/invoices"
    rows: list[dict] = []
    for page in range(1, 42):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d invoices for %s", len(rows), ds)
    return rows


def _validate_orders(**context):
    ti = context["ti"]
    run_marker = context["data_interval_start"]
    rows = ti.xcom_pull(task_ids="aggregate_orders") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _export_customers(**context):
    ti = context["ti"]
    run_marker = context["run_id"]
    rows = ti.xcom_pull(task_ids="clean_documents") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _report_refunds(**context):
    ti = context["ti"]
    run_marker = context["data_interval_start"]
    rows = ti.xcom_pull(task_ids="download_refunds") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _compact_customers(ds: str, **context) -> list[dict]:
    """Fetch tickets for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/tickets"
    rows: list[dict] = []
    for page in range(1, 36):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d tickets for %s", len(rows), ds)
    return rows


class ExportTicketsReport:
    """Builds the metrics report e-mailed to the growth team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "metrics report"

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
    "retry_delay": timedelta(minutes=5),
    "email": ["growth@acme.io"],
    "email_on_failure": True,
}


with DAG(
    dag_id="fraud_refunds_sync_00011",
    schedule_interval="15 */4 * * *",
    start_date=pendulum.datetime(2023, 4, 17, tz="America/New_York"),
    catchup=False,
    default_args=default_args,
    doc_md=__doc__,
    dagrun_timeout=timedelta(hours=4),
) as dag:
    start = EmptyOperator(task_id="start")

    clean_sessions = PythonOperator(
        task_id="clean_sessions",
        python_callable=_publish_leads,
    )

    export_shipments = PythonOperator(
        task_id="export_shipments",
        python_callable=_validate_orders,
    )

    validate_shipments = PythonOperator(
        task_id="validate_shipments",
        python_callable=_export_customers,
    )

    validate_products = PythonOperator(
        task_id="validate_products",
        python_callable=_report_refunds,
    )

    download_leads = KubernetesPodOperator(
        task_id="download_leads",
        name="download-leads",
        namespace="batch",
        image="ghcr.io/acme/dbt:1.8.0",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "refunds", "--date", "{{ execution_date }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        get_logs=True,
        is_delete_operator_pod=True,
    )

    load_customers = PythonOperator(
        task_id="load_customers",
        python_callable=_compact_customers,
        provide_context=True,
    )

    start >> [clean_sessions, export_shipments]
    validate_shipments << [clean_sessions, export_shipments]
    validate_shipments >> [validate_products, download_leads]
    [validate_products, download_leads] >> load_customers

    @task
    def export_features() -> dict:
        """export step for refunds."""
        merged = {}
        merged["export_features"] = os.getpid()
        log.info("export_features produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def enrich_events(data_0: dict) -> dict:
        """train step for refunds."""
        merged = {**data_0}
        merged["enrich_events"] = len(merged)
        log.info("enrich_events produced %d keys", len(merged))
        return merged

    @task(retries=4)
    def dedupe_orders(data_0: dict, data_1: dict) -> dict:
        """compact step for refunds."""
        merged = {**data_0, **data_1}
        merged["dedupe_orders"] = [n * 2 for n in range(5)]
        log.info("dedupe_orders produced %d keys", len(merged))
        return merged

    @task(task_id="report_tickets_step")
    def report_tickets(data_0: dict) -> dict:
        """compact step for refunds."""
        merged = {**data_0}
        merged["report_tickets"] = [n * 2 for n in range(5)]
        log.info("report_tickets produced %d keys", len(merged))
        return merged

    @task.bash
    def compact_customers(data_0: dict) -> str:
        return "dbt run --select tag:refunds --vars '{\"run_date\": \"{{ ds }}\"}'"

    @task(task_id="export_customers_step")
    def export_customers(data_0: dict, data_1: dict) -> dict:
        """snapshot step for refunds."""
        merged = {**data_0, **data_1}
        merged["export_customers"] = [n * 2 for n in range(5)]
        log.info("export_customers produced %d keys", len(merged))
        return merged

    export_features_out = export_features()
    enrich_events_out = enrich_events(export_features_out)
    dedupe_orders_out = dedupe_orders(export_features_out, enrich_events_out)
    report_tickets_out = report_tickets(dedupe_orders_out)
    compact_customers_out = compact_customers(report_tickets_out)
    export_customers_out = export_customers(report_tickets_out, compact_customers_out)
    start >> export_features_out
