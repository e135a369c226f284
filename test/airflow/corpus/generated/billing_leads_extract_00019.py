"""
billing leads extract 00019: snapshot leads for the billing domain.

Owner: ml-platform. Runbook: https://wiki.acme.io/data/billing/leads
Upstream: REST API.
Downstream: feature store.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timedelta


from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from airflow.operators.dummy import DummyOperator
from airflow.operators.empty import EmptyOperator
from airflow.providers.cncf.kubernetes.operators.kubernetes_pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("BILLING_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/billing"
FEATURE_STORE = "s3://acme-features/billing"


def _flush(table: str, batch: list) -> int:
    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""
    from warehouse.client import connect

    with connect(os.environ["WAREHOUSE_DSN"]) as conn:
        conn.insert_many(table, batch)
    return len(batch)


def _transform_refunds(**context):
    ti = context["ti"]
    run_marker = context["next_ds"]
    rows = ti.xcom_pull(task_ids="enrich_shipments") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _publish_refunds(table: str, batch_size: int = 1000, **context) -> int:
    """Load the staged products file into the warehouse table."""
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


def _dedupe_users(model_uri: str, threshold: float = 0.53, **context) -> dict:
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


def _download_accounts(**context):
    ti = context["ti"]
    run_marker = context["yesterday_ds"]
    rows = ti.xcom_pull(task_ids="aggregate_customers") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _transform_invoices(**context):
    ti = context["ti"]
    run_marker = context["ds"]
    rows = ti.xcom_pull(task_ids="compact_customers") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _load_features(**context):
    ti = context["ti"]
    run_marker = context["dag_run"]
    rows = ti.xcom_pull(task_ids="transform_products") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}




with DAG(
    dag_id="billing_leads_extract_00019",
    schedule="@hourly",
    start_date=datetime(2023, 8, 1),
    catchup=False,
    tags=["billing", "platform"],
    doc_md=__doc__,
    params={"table": "leads", "full_refresh": False},
    dagrun_timeout=timedelta(hours=6),
) as dag:
    start = DummyOperator(task_id="start")

    validate_metrics = PythonOperator(
        task_id="validate_metrics",
        python_callable=_transform_refunds,
    )

    snapshot_events = PythonOperator(
        task_id="snapshot_events",
        python_callable=_publish_refunds,
        op_kwargs={"table": "leads"},
        trigger_rule="none_failed_or_skipped",
    )

    score_refunds = EmptyOperator(task_id="score_refunds")

    publish_leads = BashOperator(
        task_id="publish_leads",
        bash_command="echo {{ yesterday_ds }} {{ tomorrow_ds_nodash }}",
        env={"ENV": ENVIRONMENT, "TARGET": "leads"},
    )

    export_products = BashOperator(
        task_id="export_products",
        bash_command="echo {{ yesterday_ds }} {{ tomorrow_ds_nodash }}",
        env={"ENV": ENVIRONMENT, "TARGET": "leads"},
        retries=4,
        sla=timedelta(hours=1),
    )

    export_products_2 = PythonOperator(
        task_id="export_products_2",
        python_callable=_dedupe_users,
        op_kwargs={"model_uri": "models:/leads/production"},
        provide_context=True,
    )

    enrich_features = PythonOperator(
        task_id="enrich_features",
        python_callable=_download_accounts,
        provide_context=True,
    )

    extract_features = PythonOperator(
        task_id="extract_features",
        python_callable=_transform_invoices,
        trigger_rule="none_failed_or_skipped",
    )

    load_customers = DummyOperator(task_id="load_customers")

    enrich_refunds = KubernetesPodOperator(
        task_id="enrich_refunds",
        name="enrich-refunds",
        namespace="airflow",
        image="bitnami/kubectl:1.31",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "leads", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        get_logs=True,
        is_delete_operator_pod=True,
    )

    publish_refunds = BashOperator(
        task_id="publish_refunds",
        bash_command="dbt run --select tag:leads --vars '{\"run_date\": \"{{ ds }}\"}'",
    )

    dedupe_shipments = KubernetesPodOperator(
        task_id="dedupe_shipments",
        name="dedupe-shipments",
        namespace="ml-jobs",
        image="ghcr.io/acme/etl:1.4.2",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "leads", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        get_logs=True,
        is_delete_operator_pod=True,
    )

    publish_events = BashOperator(
        task_id="publish_events",
        bash_command="aws s3 cp s3://raw/leads/{{ execution_date.strftime(\"%Y/%m/%d\") }}/ /tmp/leads/ --recursive",
        retries=4,
    )

    transform_documents = KubernetesPodOperator(
        task_id="transform_documents",
        name="transform-documents",
        namespace="airflow",
        image="python:3.12-slim",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "leads", "--date", "{{ execution_date }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
        get_logs=True,
        is_delete_operator_pod=True,
    )

    compact_orders = BashOperator(
        task_id="compact_orders",
        bash_command="python /opt/jobs/leads.py --next {{ next_execution_date }}",
        retries=3,
    )

    validate_leads = PythonOperator(
        task_id="validate_leads",
        python_callable=_load_features,
        provide_context=True,
    )

    start.set_downstream([validate_metrics, snapshot_events])
    [validate_metrics, snapshot_events] >> score_refunds
    score_refunds.set_downstream([publish_leads, export_products, export_products_2])
    [publish_leads, export_products, export_products_2] >> enrich_features
    enrich_features.set_downstream([extract_features, load_customers])
    enrich_refunds << [extract_features, load_customers]
    enrich_refunds.set_downstream(publish_refunds)
    publish_refunds.set_downstream([dedupe_shipments, publish_events])
    [dedupe_shipments, publish_events] >> transform_documents
    transform_documents.set_downstream([compact_orders, validate_leads])
