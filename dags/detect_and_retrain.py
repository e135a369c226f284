# dags/detect_and_retrain.py — the drift-detection DAG from deployment-notes.txt, ported to Airflow 3.
#
# What changed from the Airflow 2 version, and why:
# - airflow.decorators -> airflow.sdk (the Task SDK is Airflow 3's authoring API).
# - days_ago(1) was removed in Airflow 3 and moved with every parse: a fixed, timezone-aware date.
# - kubernetes and qdrant_client are imported inside the tasks: module-level imports run on every
#   parse of this file by the DAG processor.
# - compute_cosine_drift and rayjob_manifest were never defined: a NameError at run time.
from __future__ import annotations

import math

import pendulum
from airflow.sdk import dag, task

QDRANT_URL = "http://qdrant.warble-system.svc.cluster.local:6333"
DRIFT_THRESHOLD = 0.15


def compute_cosine_drift(vectors, baseline=None) -> float:
    """1 - cosine similarity between the mean of recent embeddings and the baseline mean."""
    if not vectors:
        return 0.0
    dims = len(vectors[0])
    mean = [sum(v[i] for v in vectors) / len(vectors) for i in range(dims)]
    base = baseline if baseline is not None else [1.0] * dims
    dot = sum(a * b for a, b in zip(mean, base))
    norm = math.sqrt(sum(a * a for a in mean)) * math.sqrt(sum(b * b for b in base))
    return 0.0 if norm == 0 else 1.0 - dot / norm


def rayjob_manifest() -> dict:
    """The KubeRay RayJob that retrains the embedding model."""
    return {
        "apiVersion": "ray.io/v1",
        "kind": "RayJob",
        "metadata": {"generateName": "retrain-embeddings-"},
        "spec": {
            "entrypoint": "python -m warble.retrain --since 24h",
            "shutdownAfterJobFinishes": True,
            "ttlSecondsAfterFinished": 3600,
            "rayClusterSpec": {
                "headGroupSpec": {
                    "rayStartParams": {},
                    "template": {
                        "spec": {
                            "containers": [
                                {"name": "ray-head", "image": "rayproject/ray:2.40.0-py311"}
                            ]
                        }
                    },
                }
            },
        },
    }


@dag(
    schedule="0 6 * * *",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    tags=["llmops", "drift"],
)
def detect_and_retrain():
    @task
    def compute_drift() -> float:
        # Query Qdrant for the last 24 h of embeddings and compare them to the baseline.
        from qdrant_client import QdrantClient

        qdrant = QdrantClient(url=QDRANT_URL)
        points, _next_page = qdrant.scroll("query_embeddings", limit=500, with_vectors=True)
        return compute_cosine_drift([p.vector for p in points])

    @task.branch
    def gate(score: float) -> str:
        return "submit_rayjob" if score > DRIFT_THRESHOLD else "skip"

    @task
    def submit_rayjob():
        from kubernetes import client, config

        config.load_incluster_config()
        client.CustomObjectsApi().create_namespaced_custom_object(
            group="ray.io",
            version="v1",
            plural="rayjobs",
            namespace="kuberay",
            body=rayjob_manifest(),
        )

    @task
    def skip():
        pass

    score = compute_drift()
    gate(score) >> [submit_rayjob(), skip()]


detect_and_retrain()
