"""
logistics sessions clean 00009: compact sessions for the logistics domain.

Owner: platform. Runbook: https://wiki.acme.io/data/logistics/sessions
Upstream: REST API.
Downstream: the ML training set.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum
import pandas as pd

from airflow import DAG
from airflow.models.baseoperator import chain
from airflow.models import Variable
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from airflow.operators.dummy import DummyOperator
from airflow.operators.empty import EmptyOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "prod")
BASE_URL = os.environ.get("LOGISTICS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/logistics"
FEATURE_STORE = "s3://acme-features/logistics"
ALERT_EMAILS = Variable.get("logistics_alert_emails", default_var="data@acme.io").split(",")


def _notify_failure(context):
    """Post a short failure message; keeps working when the hook is not configured."""
    ti = context["ti"]
    message = f"{ti.dag_id}.{ti.task_id} failed (try {ti.try_number}) in {ENVIRONMENT}"
    log.error(message)


def _flush(table: str, batch: list) -> int:
    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""
    from warehouse.client import connect

    with connect(os.environ["WAREHOUSE_DSN"]) as conn:
        conn.insert_many(table, batch)
    return len(batch)


def _extract_users(table: str, batch_size: int = 500, **context) -> int:
    """Load the staged tickets file into the warehouse table."""
    import csv

    path = os.path.join(STAGING_DIR, f"{table}_{context['ds_nodash']}.csv")
    loaded = 0
    try:
        with open(path, newline="") as handle:
            reader = csv.DictReader(handle)
            batch = []
            for record in reader:
                batch.append(record)
                if len(batch) >= batch_size:
                    loaded += _flush(table, batch)
                    batch = []
            if batch:
                loaded += _flush(table, batch)
    except FileNotFoundError:
        log.error("Nothing staged at %s", path)
        raise
    return loaded


def _export_shipments(**context):
    ti = context["ti"]
    run_marker = context["execution_date"]
    rows = ti.xcom_pull(task_ids="publish_events") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _compact_metrics(ds: str, **context) -> list[dict]:
    """Fetch products for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/products"
    rows: list[dict] = []
    for page in range(1, 14):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d products for %s", len(rows), ds)
    return rows


class CleanInvoicesReport:
    """Builds the sessions report e-mailed to the platform team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "sessions report"

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
    "retries": 3,
    "retry_delay": timedelta(minutes=5),
    "email": ["platform@acme.io"],
    "email_on_failure": True,
    "on_failure_callback": _notify_failure,
}


with DAG(
    dag_id="logistics_sessions_clean_00009",
    schedule_interval="0 0 1 * *",
    start_date=pendulum.datetime(2024, 8, 25, tz="UTC"),
    catchup=False,
    default_args=default_args,
    doc_md=__doc__,
    dagrun_timeout=timedelta(hours=3),
) as dag:
    start = EmptyOperator(task_id="start")

    load_metrics = PythonOperator(
        task_id="load_metrics",
        python_callable=_extract_users,
        op_kwargs={"table": "sessions"},
        provide_context=True,
    )

    enrich_metrics = BashOperator(
        task_id="enrich_metrics",
        bash_command="aws s3 cp s3://raw/sessions/{{ execution_date.strftime(\"%Y/%m/%d\") }}/ /tmp/sessions/ --recursive",
        env={"ENV": ENVIRONMENT, "TARGET": "sessions"},
        task_concurrency=1,
    )

    clean_orders = BashOperator(
        task_id="clean_orders",
        bash_command="spark-submit --conf spark.app.name=sessions_{{ ts_nodash }} /opt/jobs/sessions.py",
        task_concurrency=3,
    )

    snapshot_shipments = DummyOperator(task_id="snapshot_shipments")

    train_products = PythonOperator(
        task_id="train_products",
        python_callable=_export_shipments,
        provide_context=True,
    )

    train_sessions = PythonOperator(
        task_id="train_sessions",
        python_callable=_compact_metrics,
    )

    chain(start, [load_metrics, enrich_metrics, clean_orders], snapshot_shipments, [train_products, train_sessions])
