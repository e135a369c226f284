"""
ml features invoices aggregate 00015: publish invoices for the ml_features domain.

Owner: analytics. Runbook: https://wiki.acme.io/data/ml_features/invoices
Upstream: partner SFTP.
Downstream: finance exports.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import dag, get_current_context, task

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "prod")
BASE_URL = os.environ.get("ML_FEATURES_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/ml_features"
FEATURE_STORE = "s3://acme-features/ml_features"


def _notify_failure(context):
    """Post a short failure message; keeps working when the hook is not configured."""
    ti = context["ti"]
    message = f"{ti.dag_id}.{ti.task_id} failed (try {ti.try_number}) in {ENVIRONMENT}"
    log.error(message)



default_args = {
    "owner": "data-eng",
    "depends_on_past": False,
    "retries": 0,
    "retry_delay": timedelta(minutes=1),
    "email": ["data-eng@acme.io"],
    "email_on_failure": False,
    "on_failure_callback": _notify_failure,
}


@dag(
    dag_id="ml_features_invoices_aggregate_00015",
    schedule=timedelta(hours=6),
    start_date=pendulum.datetime(2023, 1, 28, tz="America/New_York"),
    catchup=False,
    default_args=default_args,
    doc_md=__doc__,
)
def ml_features_invoices_aggregate_pipeline():
    """TaskFlow pipeline for invoices."""
    @task
    def enrich_metrics() -> dict:
        """aggregate step for invoices."""
        merged = {}
        merged["enrich_metrics"] = len(merged)
        log.info("enrich_metrics produced %d keys", len(merged))
        return merged

    @task
    def train_invoices(data_0: dict) -> dict:
        """validate step for invoices."""
        merged = {**data_0}
        merged["train_invoices"] = os.getpid()
        log.info("train_invoices produced %d keys", len(merged))
        return merged

    @task
    def load_events(data_0: dict, data_1: dict) -> dict:
        """validate step for invoices."""
        merged = {**data_0, **data_1}
        merged["load_events"] = sum(range(10))
        log.info("load_events produced %d keys", len(merged))
        return merged

    @task(task_id="transform_accounts_step")
    def transform_accounts(data_0: dict, data_1: dict) -> dict:
        """snapshot step for invoices."""
        merged = {**data_0, **data_1}
        merged["transform_accounts"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("transform_accounts produced %d keys", len(merged))
        return merged

    @task(retries=1)
    def sync_features(data_0: dict, data_1: dict) -> dict:
        """extract step for invoices."""
        merged = {**data_0, **data_1}
        merged["sync_features"] = os.getpid()
        log.info("sync_features produced %d keys", len(merged))
        return merged

    @task(retries=4)
    def clean_metrics(data_0: dict, data_1: dict) -> dict:
        """clean step for invoices."""
        merged = {**data_0, **data_1}
        merged["clean_metrics"] = sum(range(10))
        log.info("clean_metrics produced %d keys", len(merged))
        return merged

    @task(task_id="enrich_leads_step")
    def enrich_leads(data_0: dict) -> dict:
        """score step for invoices."""
        merged = {**data_0}
        merged["enrich_leads"] = len(merged)
        log.info("enrich_leads produced %d keys", len(merged))
        return merged

    @task
    def download_users(data_0: dict, data_1: dict) -> dict:
        """report step for invoices."""
        merged = {**data_0, **data_1}
        merged["download_users"] = [n * 2 for n in range(5)]
        log.info("download_users produced %d keys", len(merged))
        return merged

    @task
    def aggregate_customers(data_0: dict, data_1: dict) -> dict:
        """export step for invoices."""
        merged = {**data_0, **data_1}
        merged["aggregate_customers"] = sum(range(10))
        log.info("aggregate_customers produced %d keys", len(merged))
        return merged

    @task
    def score_events(data_0: dict, data_1: dict) -> dict:
        """transform step for invoices."""
        merged = {**data_0, **data_1}
        merged["score_events"] = sum(range(10))
        log.info("score_events produced %d keys", len(merged))
        return merged

    @task(retries=4)
    def export_leads(data_0: dict, data_1: dict) -> dict:
        """dedupe step for invoices."""
        merged = {**data_0, **data_1}
        merged["export_leads"] = [n * 2 for n in range(5)]
        context = get_current_context()
        merged["run_id"] = context["run_id"]
        log.info("export_leads produced %d keys", len(merged))
        return merged

    @task
    def aggregate_accounts(data_0: dict) -> dict:
        """publish step for invoices."""
        merged = {**data_0}
        merged["aggregate_accounts"] = [n * 2 for n in range(5)]
        log.info("aggregate_accounts produced %d keys", len(merged))
        return merged

    enrich_metrics_out = enrich_metrics()
    train_invoices_out = train_invoices(enrich_metrics_out)
    load_events_out = load_events(enrich_metrics_out, train_invoices_out)
    transform_accounts_out = transform_accounts(train_invoices_out, load_events_out)
    sync_features_out = sync_features(load_events_out, transform_accounts_out)
    clean_metrics_out = clean_metrics(transform_accounts_out, sync_features_out)
    enrich_leads_out = enrich_leads(clean_metrics_out)
    download_users_out = download_users(clean_metrics_out, enrich_leads_out)
    aggregate_customers_out = aggregate_customers(enrich_leads_out, download_users_out)
    score_events_out = score_events(download_users_out, aggregate_customers_out)
    export_leads_out = export_leads(aggregate_customers_out, score_events_out)
    aggregate_accounts_out = aggregate_accounts(export_leads_out)


ml_features_invoices_aggregate_pipeline_dag = ml_features_invoices_aggregate_pipeline()
