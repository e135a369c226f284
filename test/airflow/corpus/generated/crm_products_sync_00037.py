"""
crm products sync 00037: report products for the crm domain.

Owner: platform. Runbook: https://wiki.acme.io/data/crm/products
Upstream: Kafka topic.
Downstream: the ML training set.
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
BASE_URL = os.environ.get("CRM_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/crm"
FEATURE_STORE = "s3://acme-features/crm"


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


def _train_sessions(table: str, batch_size: int = 5000, **context) -> int:
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


def _compact_refunds(model_uri: str, threshold: float = 0.65, **context) -> dict:
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



default_args = {
    "owner": "growth",
    "depends_on_past": False,
    "retries": 3,
    "retry_delay": timedelta(minutes=15),
    "email": ["bi-team@acme.io"],
    "email_on_failure": True,
    "on_failure_callback": _notify_failure,
}


with DAG(
    dag_id="crm_products_sync_00037",
    schedule="*/15 * * * *",
    start_date=pendulum.datetime(2023, 9, 26, tz="America/New_York"),
    catchup=True,
    default_args=default_args,
    doc_md=__doc__,
    params={"table": "products", "full_refresh": False},
    dagrun_timeout=timedelta(hours=3),
) as dag:
    start = EmptyOperator(task_id="start")

    extract_transactions = KubernetesPodOperator(
        task_id="extract_transactions",
        name="extract-transactions",
        namespace="ml-jobs",
        image="ghcr.io/acme/trainer:2025.06",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "products", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "1000m", "memory": "7Gi"},
            limits={"cpu": "2", "memory": "15Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    export_tickets = PythonOperator(
        task_id="export_tickets",
        python_callable=_train_sessions,
        op_kwargs={"table": "products"},
    )

    dedupe_tickets = BashOperator(
        task_id="dedupe_tickets",
        bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/products/{{ ds }}/ /tmp/products/",
    )

    score_accounts = BashOperator(
        task_id="score_accounts",
        bash_command="python -m jobs.products --start {{ data_interval_start }} --end {{ data_interval_end }}",
    )

    download_shipments = BashOperator(
        task_id="download_shipments",
        bash_command="psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE products\"",
        retries=4,
    )

    clean_accounts = KubernetesPodOperator(
        task_id="clean_accounts",
        name="clean-accounts",
        namespace="airflow",
        image="ghcr.io/acme/trainer:2025.06",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "products", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "250m", "memory": "8Gi"},
            limits={"cpu": "1", "memory": "4Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    dedupe_customers = BashOperator(
        task_id="dedupe_customers",
        bash_command="echo \"{{ ti.xcom_pull(task_ids='clean_accounts') }}\"",
    )

    train_documents = BashOperator(
        task_id="train_documents",
        bash_command="psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE products\"",
        env={"ENV": ENVIRONMENT, "TARGET": "products"},
    )

    extract_products = BashOperator(
        task_id="extract_products",
        bash_command="python -m jobs.products --start {{ data_interval_start }} --end {{ data_interval_end }}",
    )

    score_sessions = BashOperator(
        task_id="score_sessions",
        bash_command="echo \"{{ ti.xcom_pull(task_ids='extract_products') }}\"",
    )

    load_refunds = BashOperator(
        task_id="load_refunds",
        bash_command="spark-submit --conf spark.app.name=products_{{ ts_nodash }} /opt/jobs/products.py",
        env={"ENV": ENVIRONMENT, "TARGET": "products"},
    )

    aggregate_sessions = BashOperator(
        task_id="aggregate_sessions",
        bash_command="echo \"{{ ti.xcom_pull(task_ids='load_refunds') }}\"",
        retries=4,
    )

    sync_metrics = PythonOperator(
        task_id="sync_metrics",
        python_callable=_compact_refunds,
        op_kwargs={"model_uri": "models:/products/production"},
    )

    score_customers = BashOperator(
        task_id="score_customers",
        bash_command="echo \"run for {{ ds }}\" && python /opt/jobs/products.py --date {{ ds_nodash }}",
    )

    [start, extract_transactions] >> export_tickets
    export_tickets >> dedupe_tickets
    dedupe_tickets >> score_accounts
    score_accounts >> [download_shipments, clean_accounts]
    [download_shipments, clean_accounts] >> dedupe_customers
    dedupe_customers >> train_documents
    train_documents >> extract_products
    extract_products >> [score_sessions, load_refunds, aggregate_sessions]
    [score_sessions, load_refunds, aggregate_sessions] >> sync_metrics
    score_customers << sync_metrics
