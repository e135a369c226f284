#!/usr/bin/env bash
# npm run test:cluster — the real-cluster tier on its own: prepare.sh first (engine, binaries, every
# image; seconds when warm), so the two jest workers of jest.cluster.config.js never build one image at
# the same time; then the tier. One run id for both, so `npm run bench` reads the preparation and the
# test files as one run. Arguments go to jest (a file path runs that file only).
set -euo pipefail
cd "$(dirname "$0")/../.."
AIRFLOW_GITOPS_CLUSTER_RUN=${AIRFLOW_GITOPS_CLUSTER_RUN:-$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)}
export AIRFLOW_GITOPS_CLUSTER_RUN
scripts/cluster/prepare.sh
NODE_OPTIONS=--experimental-vm-modules exec node_modules/.bin/jest --config jest.cluster.config.js "$@"
