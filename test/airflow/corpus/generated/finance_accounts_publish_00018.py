"""
finance accounts publish 00018: snapshot accounts for the finance domain.

Owner: bi-team. Runbook: https://wiki.acme.io/data/finance/accounts
Upstream: partner SFTP.
Downstream: feature store.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum
from sklearn.ensemble import IsolationForest
from kubernetes.client import models as k8s

from airflow.sdk import DAG
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("FINANCE_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/finance"
FEATURE_STORE = "s3://acme-features/finance"


def _flush(table: str, batch: list) -> int:
    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""
    from warehouse.client import connect

    with connect(os.environ["WAREHOUSE_DSN"]) as conn:
        conn.insert_many(table, batch)
    return len(batch)


def _sync_leads(ds: str, **context) -> list[dict]:
    """Fetch orders for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/orders"
    rows: list[dict] = []
    for page in range(1, 45):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d orders for %s", len(rows), ds)
    return rows


def _score_features(table: str, batch_size: int = 1000, **context) -> int:
    """Load the staged features file into the warehouse table."""
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
    "owner": "data-eng",
    "depends_on_past": False,
    "retries": 3,
    "retry_delay": timedelta(minutes=1),
    "email": ["analytics@acme.io"],
    "email_on_failure": True,
}


with DAG(
    dag_id="finance_accounts_publish_00018",
    schedule=None,
    start_date=pendulum.datetime(2024, 1, 4, tz="UTC"),
    catchup=True,
    default_args=default_args,
) as dag:
    start = EmptyOperator(task_id="start")

    aggregate_invoices = BashOperator(
        task_id="aggregate_invoices",
        bash_command="echo {{ params.table }} {{ macros.ds_add(ds, -1) }}",
        retries=3,
    )

    export_orders = BashOperator(
        task_id="export_orders",
        bash_command="echo \"run for {{ ds }}\" && python /opt/jobs/accounts.py --date {{ ds_nodash }}",
    )

    score_metrics = BashOperator(
        task_id="score_metrics",
        bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/accounts/{{ ds }}/ /tmp/accounts/",
        env={"ENV": ENVIRONMENT, "TARGET": "accounts"},
        retries=3,
    )

    sync_orders = KubernetesPodOperator(
        task_id="sync_orders",
        name="sync-orders",
        namespace="airflow",
        image="ghcr.io/acme/dbt:1.8.0",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "accounts", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "500m", "memory": "4Gi"},
            limits={"cpu": "3", "memory": "16Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    enrich_sessions = PythonOperator(
        task_id="enrich_sessions",
        python_callable=_sync_leads,
    )

    publish_users = PythonOperator(
        task_id="publish_users",
        python_callable=_score_features,
        op_kwargs={"table": "accounts"},
        trigger_rule="none_failed",
    )

    [start, aggregate_invoices] >> export_orders
    score_metrics << export_orders
    score_metrics >> [sync_orders, enrich_sessions, publish_users]
