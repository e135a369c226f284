module airflow-gitops/coredns

go 1.22
