"""A Label() inside a >> chain: Airflow keeps the edge a -> b."""
import pendulum
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG, Label

with DAG(dag_id="label_edge", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    a = EmptyOperator(task_id="a")
    b = EmptyOperator(task_id="b")
    a >> Label("why") >> b
