"""
embeddings tickets clean 00031: extract tickets for the embeddings domain.

Owner: data-eng. Runbook: https://wiki.acme.io/data/embeddings/tickets
Upstream: partner SFTP.
Downstream: feature store.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum
from kubernetes.client import models as k8s

from airflow.sdk import DAG
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("EMBEDDINGS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/embeddings"
FEATURE_STORE = "s3://acme-features/embeddings"


def _fetch_events(model_uri: str, threshold: float = 0.88, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/accounts/{context['ds']}.parquet")
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


def _snapshot_orders(**context):
    ti = context["ti"]
    run_marker = context["run_id"]
    rows = ti.xcom_pull(task_ids="export_metrics") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _fetch_users(ds: str, **context) -> list[dict]:
    """Fetch documents for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/documents"
    rows: list[dict] = []
    for page in range(1, 6):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d documents for %s", len(rows), ds)
    return rows


def _score_tickets(ds: str, **context) -> list[dict]:
    """Fetch customers for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/customers"
    rows: list[dict] = []
    for page in range(1, 31):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d customers for %s", len(rows), ds)
    return rows



default_args = {
    "owner": "finops",
    "depends_on_past": False,
    "retries": 0,
    "retry_delay": timedelta(minutes=1),
    "email": ["growth@acme.io"],
    "email_on_failure": True,
}


with DAG(
    dag_id="embeddings_tickets_clean_00031",
    schedule="@hourly",
    start_date=pendulum.datetime(2024, 3, 12, tz="UTC"),
    catchup=False,
    default_args=default_args,
    max_active_runs=3,
    dagrun_timeout=timedelta(hours=6),
) as dag:
    start = EmptyOperator(task_id="start")

    enrich_refunds = PythonOperator(
        task_id="enrich_refunds",
        python_callable=_fetch_events,
        op_kwargs={"model_uri": "models:/tickets/production"},
    )

    snapshot_events = BashOperator(
        task_id="snapshot_events",
        bash_command="echo \"{{ ti.xcom_pull(task_ids='enrich_refunds') }}\"",
        env={"ENV": ENVIRONMENT, "TARGET": "tickets"},
    )

    enrich_sessions = BashOperator(
        task_id="enrich_sessions",
        bash_command="psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE tickets\"",
        env={"ENV": ENVIRONMENT, "TARGET": "tickets"},
        retries=5,
    )

    publish_accounts = PythonOperator(
        task_id="publish_accounts",
        python_callable=_snapshot_orders,
    )

    report_sessions = PythonOperator(
        task_id="report_sessions",
        python_callable=_fetch_users,
    )

    fetch_events = EmptyOperator(task_id="fetch_events")

    dedupe_metrics = KubernetesPodOperator(
        task_id="dedupe_metrics",
        name="dedupe-metrics",
        namespace="ml-jobs",
        image="bitnami/kubectl:1.31",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "tickets", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "500m", "memory": "6Gi"},
            limits={"cpu": "4", "memory": "7Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    export_documents = PythonOperator(
        task_id="export_documents",
        python_callable=_score_tickets,
    )

    enrich_sessions_2 = KubernetesPodOperator(
        task_id="enrich_sessions_2",
        name="enrich-sessions-2",
        namespace="airflow",
        image="python:3.12-slim",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "tickets", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "750m", "memory": "3Gi"},
            limits={"cpu": "4", "memory": "16Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    compact_customers = EmptyOperator(task_id="compact_customers")

    download_transactions = KubernetesPodOperator(
        task_id="download_transactions",
        name="download-transactions",
        namespace="airflow",
        image="bitnami/kubectl:1.31",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "tickets", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "1000m", "memory": "7Gi"},
            limits={"cpu": "2", "memory": "13Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    [start, enrich_refunds] >> snapshot_events
    snapshot_events >> [enrich_sessions, publish_accounts]
    [enrich_sessions, publish_accounts] >> report_sessions
    report_sessions >> [fetch_events, dedupe_metrics]
    [fetch_events, dedupe_metrics] >> export_documents
    export_documents >> [enrich_sessions_2, compact_customers, download_transactions]
