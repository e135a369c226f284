module airflow-gitops/runc-drop-missing-caps

go 1.22
