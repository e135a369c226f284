"""
orders invoices snapshot 00025: publish invoices for the orders domain.

Owner: finops. Runbook: https://wiki.acme.io/data/orders/invoices
Upstream: partner SFTP.
Downstream: Looker dashboards.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import Asset, DAG
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "prod")
BASE_URL = os.environ.get("ORDERS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/orders"
FEATURE_STORE = "s3://acme-features/orders"


def _notify_failure(context):
    """Post a short failure message; keeps working when the hook is not configured."""
    ti = context["ti"]
    message = f"{ti.dag_id}.{ti.task_id} failed (try {ti.try_number}) in {ENVIRONMENT}"
    log.error(message)


def _validate_metrics(**context):
    ti = context["ti"]
    run_marker = context["run_id"]
    rows = ti.xcom_pull(task_ids="compact_accounts") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}



default_args = {
    "owner": "growth",
    "depends_on_past": False,
    "retries": 1,
    "retry_delay": timedelta(minutes=5),
    "email": ["platform@acme.io"],
    "email_on_failure": True,
    "on_failure_callback": _notify_failure,
}


dag = DAG(
    dag_id="orders_invoices_snapshot_00025",
    schedule=[Asset("s3://acme-lake/orders/invoices")],
    start_date=pendulum.datetime(2025, 3, 23, tz="America/New_York"),
    catchup=False,
    default_args=default_args,
    max_active_runs=3,
    tags=["orders", "growth"],
    params={"table": "invoices", "full_refresh": False},
)

start = EmptyOperator(task_id="start", dag=dag)

aggregate_shipments = BashOperator(
    task_id="aggregate_shipments",
    bash_command="echo \"run for {{ ds }}\" && python /opt/jobs/invoices.py --date {{ ds_nodash }}",
    env={"ENV": ENVIRONMENT, "TARGET": "invoices"},
    dag=dag,
)

load_transactions = KubernetesPodOperator(
    task_id="load_transactions",
    name="load-transactions",
    namespace="airflow",
    image="ghcr.io/acme/dbt:1.8.0",
    cmds=["python", "-m", "jobs.run"],
    arguments=["--entity", "invoices", "--date", "{{ ds }}"],
    env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
    get_logs=True,
    on_finish_action="delete_pod",
    dag=dag,
)

compact_refunds = BashOperator(
    task_id="compact_refunds",
    bash_command="curl -fsS -X POST https://hooks.acme.io/invoices?date={{ logical_date | ds }}",
    dag=dag,
)

export_products = PythonOperator(
    task_id="export_products",
    python_callable=_validate_metrics,
    dag=dag,
)

end = EmptyOperator(task_id="end", dag=dag)

[start, aggregate_shipments] >> load_transactions
load_transactions.set_downstream(compact_refunds)
compact_refunds.set_downstream(export_products)
export_products.set_downstream(end)
