module airflow-gitops/pause

go 1.22
