"""
search documents clean 00010: sync documents for the search domain.

Owner: analytics. Runbook: https://wiki.acme.io/data/search/documents
Upstream: REST API.
Downstream: the ML training set.
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

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("SEARCH_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/search"
FEATURE_STORE = "s3://acme-features/search"


def _flush(table: str, batch: list) -> int:
    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""
    from warehouse.client import connect

    with connect(os.environ["WAREHOUSE_DSN"]) as conn:
        conn.insert_many(table, batch)
    return len(batch)


def _publish_leads(**context):
    ti = context["ti"]
    run_marker = context["run_id"]
    rows = ti.xcom_pull(task_ids="load_features") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _clean_features(model_uri: str, threshold: float = 0.83, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/metrics/{context['ds']}.parquet")
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


def _transform_products(**context):
    ti = context["ti"]
    run_marker = context["dag_run"]
    rows = ti.xcom_pull(task_ids="score_transactions") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _fetch_accounts(**context):
    ti = context["ti"]
    run_marker = context["ds"]
    rows = ti.xcom_pull(task_ids="score_invoices") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _train_refunds(table: str, batch_size: int = 5000, **context) -> int:
    """Load the staged metrics file into the warehouse table."""
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




with DAG(
    dag_id="search_documents_clean_00010",
    schedule="@once",
    start_date=pendulum.datetime(2025, 3, 20, tz="Europe/Amsterdam"),
    catchup=False,
    max_active_runs=2,
    tags=["search", "growth"],
    doc_md=__doc__,
    params={"table": "documents", "full_refresh": False},
) as dag:
    start = EmptyOperator(task_id="start")

    snapshot_refunds = PythonOperator(
        task_id="snapshot_refunds",
        python_callable=_publish_leads,
    )

    transform_shipments = BashOperator(
        task_id="transform_shipments",
        bash_command="curl -fsS -X POST https://hooks.acme.io/documents?date={{ logical_date | ds }}",
    )

    clean_shipments = BashOperator(
        task_id="clean_shipments",
        bash_command="dbt run --select tag:documents --vars '{\"run_date\": \"{{ ds }}\"}'",
        env={"ENV": ENVIRONMENT, "TARGET": "documents"},
    )

    fetch_leads = EmptyOperator(task_id="fetch_leads")

    validate_events = BashOperator(
        task_id="validate_events",
        bash_command="spark-submit --conf spark.app.name=documents_{{ ts_nodash }} /opt/jobs/documents.py",
        retries=4,
    )

    score_features = PythonOperator(
        task_id="score_features",
        python_callable=_clean_features,
        op_kwargs={"model_uri": "models:/documents/production"},
    )

    dedupe_tickets = PythonOperator(
        task_id="dedupe_tickets",
        python_callable=_transform_products,
    )

    enrich_transactions = PythonOperator(
        task_id="enrich_transactions",
        python_callable=_fetch_accounts,
    )

    export_documents = PythonOperator(
        task_id="export_documents",
        python_callable=_train_refunds,
        op_kwargs={"table": "documents"},
    )

    start >> [snapshot_refunds, transform_shipments, clean_shipments]
    [snapshot_refunds, transform_shipments, clean_shipments] >> fetch_leads
    fetch_leads >> [validate_events, score_features]
    [validate_events, score_features] >> dedupe_tickets
    dedupe_tickets >> [enrich_transactions, export_documents]
