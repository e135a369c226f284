"""KubernetesPodOperator, as the KubernetesExecutor users of this suite write it."""
from __future__ import annotations

import pendulum
from kubernetes.client import models as k8s

from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG(
    dag_id="kubernetes_pod",
    schedule="30 2 * * 1-5",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    tags=["corpus", "k8s"],
) as dag:
    train = KubernetesPodOperator(
        task_id="train",
        name="train",
        namespace="ml",
        image="ghcr.io/acme/trainer:2025.06",
        container_resources=k8s.V1ResourceRequirements(requests={"cpu": "1", "memory": "2Gi"}),
        get_logs=True,
    )
    publish = EmptyOperator(task_id="publish")
    train >> publish
