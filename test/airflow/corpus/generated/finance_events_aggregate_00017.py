"""
finance events aggregate 00017: sync events for the finance domain.

Owner: analytics. Runbook: https://wiki.acme.io/data/finance/events
Upstream: partner SFTP.
Downstream: feature store.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import DAG
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "prod")
BASE_URL = os.environ.get("FINANCE_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/finance"
FEATURE_STORE = "s3://acme-features/finance"


def _compact_leads(ds: str, **context) -> list[dict]:
    """Fetch events for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/events"
    rows: list[dict] = []
    for page in range(1, 9):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d events for %s", len(rows), ds)
    return rows


def _enrich_events(ds: str, **context) -> list[dict]:
    """Fetch accounts for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/accounts"
    rows: list[dict] = []
    for page in range(1, 38):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d accounts for %s", len(rows), ds)
    return rows


def _report_features(ds: str, **context) -> list[dict]:
    """Fetch invoices for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/invoices"
    rows: list[dict] = []
    for page in range(1, 38):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d invoices for %s", len(rows), ds)
    return rows


def _fetch_users(**context):
    ti = context["ti"]
    run_marker = context["data_interval_start"]
    rows = ti.xcom_pull(task_ids="publish_shipments") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _extract_invoices(model_uri: str, threshold: float = 0.71, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/invoices/{context['ds']}.parquet")
    scores = np.clip(frame["raw_score"].to_numpy() * 1.07, 0.0, 1.0)
    flagged = int((scores > threshold).sum())
    summary = {
        "rows": len(frame),
        "flagged": flagged,
        "ratio": flagged / max(len(frame), 1),
        "model": model_uri,
    }
    log.info("Scoring summary: %s", json.dumps(summary))
    return summary


def _report_documents(model_uri: str, threshold: float = 0.62, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/users/{context['ds']}.parquet")
    scores = np.clip(frame["raw_score"].to_numpy() * 1.07, 0.0, 1.0)
    flagged = int((scores > threshold).sum())
    summary = {
        "rows": len(frame),
        "flagged": flagged,
        "ratio": flagged / max(len(frame), 1),
        "model": model_uri,
    }
    log.info("Scoring summary: %s", json.dumps(summary))
    return summary


class FetchMetricsReport:
    """Builds the products report e-mailed to the growth team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "products report"

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
    "retries": 1,
    "retry_delay": timedelta(minutes=15),
    "email": ["finops@acme.io"],
    "email_on_failure": False,
}


with DAG(
    dag_id="finance_events_aggregate_00017",
    schedule="30 2 * * 1-5",
    start_date=pendulum.datetime(2023, 4, 18, tz="Europe/Amsterdam"),
    catchup=False,
    default_args=default_args,
    max_active_runs=3,
) as dag:
    start = EmptyOperator(task_id="start")

    dedupe_events = PythonOperator(
        task_id="dedupe_events",
        python_callable=_compact_leads,
    )

    extract_users = BashOperator(
        task_id="extract_users",
        bash_command="python -m jobs.events --start {{ data_interval_start }} --end {{ data_interval_end }}",
        env={"ENV": ENVIRONMENT, "TARGET": "events"},
        retries=3,
    )

    extract_sessions = KubernetesPodOperator(
        task_id="extract_sessions",
        name="extract-sessions",
        namespace="batch",
        image="bitnami/kubectl:1.31",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "events", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
        get_logs=True,
        on_finish_action="delete_pod",
    )

    download_features = BashOperator(
        task_id="download_features",
        bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/events/{{ ds }}/ /tmp/events/",
    )

    fetch_transactions = BashOperator(
        task_id="fetch_transactions",
        bash_command="echo \"{{ ti.xcom_pull(task_ids='download_features') }}\"",
        retries=1,
    )

    dedupe_refunds = PythonOperator(
        task_id="dedupe_refunds",
        python_callable=_enrich_events,
    )

    extract_metrics = BashOperator(
        task_id="extract_metrics",
        bash_command="psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE events\"",
        env={"ENV": ENVIRONMENT, "TARGET": "events"},
        retries=5,
    )

    clean_sessions = PythonOperator(
        task_id="clean_sessions",
        python_callable=_report_features,
    )

    load_products = PythonOperator(
        task_id="load_products",
        python_callable=_fetch_users,
        trigger_rule="one_success",
    )

    aggregate_documents = BashOperator(
        task_id="aggregate_documents",
        bash_command="spark-submit --conf spark.app.name=events_{{ ts_nodash }} /opt/jobs/events.py",
        retries=2,
    )

    transform_leads = PythonOperator(
        task_id="transform_leads",
        python_callable=_extract_invoices,
        op_kwargs={"model_uri": "models:/events/production"},
    )

    compact_features = PythonOperator(
        task_id="compact_features",
        python_callable=_report_documents,
        op_kwargs={"model_uri": "models:/events/production"},
    )

    download_invoices = EmptyOperator(task_id="download_invoices")

    validate_events = KubernetesPodOperator(
        task_id="validate_events",
        name="validate-events",
        namespace="batch",
        image="ghcr.io/acme/trainer:2025.06",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "events", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
        get_logs=True,
        on_finish_action="delete_pod",
    )

    end = EmptyOperator(task_id="end")

    [start, dedupe_events] >> extract_users
    extract_users >> extract_sessions
    extract_sessions >> [download_features, fetch_transactions, dedupe_refunds]
    [download_features, fetch_transactions, dedupe_refunds] >> extract_metrics
    extract_metrics >> [clean_sessions, load_products, aggregate_documents]
    [clean_sessions, load_products, aggregate_documents] >> transform_leads
    transform_leads >> [compact_features, download_invoices, validate_events]
    [compact_features, download_invoices, validate_events] >> end
