"""chain() with lists of equal length, chain_linear() and cross_downstream()."""
from __future__ import annotations

import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG, chain, chain_linear, cross_downstream

with DAG(
    dag_id="chains",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
) as dag:
    a, b, c, d, e, f = (EmptyOperator(task_id=name) for name in "abcdef")
    chain(a, [b, c], [d, e], f)

    g = EmptyOperator(task_id="g")
    h = EmptyOperator(task_id="h")
    i = EmptyOperator(task_id="i")
    j = EmptyOperator(task_id="j")
    cross_downstream([g, h], [i, j])

    k = EmptyOperator(task_id="k")
    l = EmptyOperator(task_id="l")
    m = EmptyOperator(task_id="m")
    chain_linear(k, [l, m])
