"""
hr products fetch 00016: extract products for the hr domain.

Owner: data-eng. Runbook: https://wiki.acme.io/data/hr/products
Upstream: partner SFTP.
Downstream: finance exports.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta


from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from airflow.operators.dummy import DummyOperator
from airflow.providers.cncf.kubernetes.operators.kubernetes_pod import KubernetesPodOperator
from airflow.utils.dates import days_ago

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("HR_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/hr"
FEATURE_STORE = "s3://acme-features/hr"


def _flush(table: str, batch: list) -> int:
    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""
    from warehouse.client import connect

    with connect(os.environ["WAREHOUSE_DSN"]) as conn:
        conn.insert_many(table, batch)
    return len(batch)


def _train_accounts(**context):
    ti = context["ti"]
    run_marker = context["logical_date"]
    rows = ti.xcom_pull(task_ids="transform_features") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _transform_sessions(table: str, batch_size: int = 5000, **context) -> int:
    """Load the staged events file into the warehouse table."""
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



default_args = {
    "owner": "finops",
    "depends_on_past": False,
    "retries": 1,
    "retry_delay": timedelta(minutes=15),
    "email": ["platform@acme.io"],
    "email_on_failure": True,
    "sla": timedelta(hours=2),
}


dag = DAG(
    dag_id="hr_products_fetch_00016",
    schedule_interval="0 3 * * *",
    start_date=days_ago(1),
    catchup=False,
    default_args=default_args,
    concurrency=10,
    tags=["hr", "bi-team"],
)

start = DummyOperator(task_id="start", dag=dag)

clean_products = PythonOperator(
    task_id="clean_products",
    python_callable=_train_accounts,
    dag=dag,
)

download_documents = BashOperator(
    task_id="download_documents",
    bash_command="echo \"{{ ti.xcom_pull(task_ids='clean_products') }}\"",
    env={"ENV": ENVIRONMENT, "TARGET": "products"},
    dag=dag,
)

extract_tickets = KubernetesPodOperator(
    task_id="extract_tickets",
    name="extract-tickets",
    namespace="ml-jobs",
    image="ghcr.io/acme/trainer:2025.06",
    cmds=["python", "-m", "jobs.run"],
    arguments=["--entity", "products", "--date", "{{ execution_date }}"],
    env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
    get_logs=True,
    is_delete_operator_pod=True,
    dag=dag,
)

transform_accounts = KubernetesPodOperator(
    task_id="transform_accounts",
    name="transform-accounts",
    namespace="batch",
    image="ghcr.io/acme/dbt:1.8.0",
    cmds=["python", "-m", "jobs.run"],
    arguments=["--entity", "products", "--date", "{{ ds }}"],
    env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
    get_logs=True,
    is_delete_operator_pod=True,
    dag=dag,
)

enrich_features = PythonOperator(
    task_id="enrich_features",
    python_callable=_transform_sessions,
    op_kwargs={"table": "products"},
    dag=dag,
)

[start, clean_products, download_documents] >> extract_tickets >> [transform_accounts, enrich_features]
