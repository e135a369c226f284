"""Classic-style DAG built statement by statement: the same @task called twice (Airflow names the
second call notify__1), and a helper that only uses a task_id to template an XCom pull."""
import pendulum
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG, task

dag = DAG("nightly_exports", schedule="0 2 * * *", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"), catchup=False)


def pulled(task_id):
    return "{{ ti.xcom_pull(task_ids='" + task_id + "') }}"


@task(dag=dag)
def notify():
    print("done")


start = EmptyOperator(task_id="start", dag=dag)
export_orders = BashOperator(task_id="export_orders", bash_command="echo " + pulled(task_id="start"), dag=dag)
export_customers = BashOperator(task_id="export_customers", bash_command="echo " + pulled(task_id="start"), dag=dag)
start >> export_orders >> notify()
start >> export_customers >> notify()
