#!/usr/bin/env bash
# prepare.sh — everything the real-cluster tier (npm run test:cluster) needs, made once: the Docker
# engine, the Kubernetes binaries, the Debian, PostgreSQL and Airflow images and the kind node image.
# Every piece is cached (bin-<k8s>/.version; image tags carry content hashes), so on a warm machine
# this builds nothing and takes seconds; the tier's own prepareCluster() then only finds the caches.
#
# Cold, the Go compile (k8s-binaries.sh) is the long pole and keeps both cores busy, while the rest
# mostly waits on the network (debootstrap, apt inside docker builds, pip downloads). So that rest
# runs beside the compile instead of after it; only the node image needs the binaries. Each step's
# wall time is logged to stderr; its output goes to $CLUSTER_CACHE/prepare/<step>.log.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
# The Airflow versions the tier runs (test/cluster/*.test.ts); each one is an image built from its lock.
# 2.9.3 only for the upgrade test, which runs with AIRFLOW_GITOPS_CLUSTER_UPGRADE=1 (its lock holds
# two sdists that do not build offline inside the image yet: docs/cluster-cold-build.md).
default_versions="3.1.8"
[ "${AIRFLOW_GITOPS_CLUSTER_UPGRADE:-}" = 1 ] && default_versions="3.1.8 2.9.3"
AIRFLOW_VERSIONS=${AIRFLOW_GITOPS_CLUSTER_AIRFLOW_VERSIONS:-$default_versions}
LOGS=$CLUSTER_CACHE/prepare
mkdir -p "$LOGS"
started=$SECONDS

# step NAME CMD... — CMD with its output in $LOGS/NAME.log and its wall time logged; on failure the
# log's tail goes to stderr and the status is CMD's.
step() {
  local name=$1; shift
  local t0=$SECONDS rc=0
  log "prepare: $name ..."
  "$@" >"$LOGS/$name.log" 2>&1 || rc=$?
  if [ "$rc" = 0 ]; then
    log "prepare: $name done in $(( SECONDS - t0 )) s"
  else
    tail -20 "$LOGS/$name.log" >&2
    log "prepare: $name FAILED after $(( SECONDS - t0 )) s (log: $LOGS/$name.log)"
  fi
  return "$rc"
}

# A failed step must not leave a compile running behind us: stop the background steps' process
# trees (by pid, children first found through their parent pid).
background=()
kill_tree() { local child; for child in $(pgrep -P "$1" 2>/dev/null); do kill_tree "$child"; done; kill "$1" 2>/dev/null || true; }
on_exit() {
  local rc=$?
  if [ "$rc" != 0 ]; then for pid in "${background[@]}"; do kill_tree "$pid"; done; fi
  log "prepare: $([ "$rc" = 0 ] && echo ready || echo failed) after $(( SECONDS - started )) s"
}
trap on_exit EXIT
# wait_for PID — the status of one background step.
wait_for() { wait "$1"; }

# First, alone: the engine (it may apt-get install docker.io and debootstrap, and apt takes a lock).
step engine "$CLUSTER_SCRIPTS/dockerd.sh" start

# Beside everything else: the compile, and the wheel downloads the Airflow images are built from.
step k8s-binaries "$CLUSTER_SCRIPTS/k8s-binaries.sh" "$K8S_BIN" &
binaries=$!; background+=("$binaries")
declare -A wheels
for version in $AIRFLOW_VERSIONS; do
  step "wheels-$version" "$CLUSTER_SCRIPTS/images/airflow.sh" --wheels-only "$version" &
  wheels[$version]=$!; background+=("$!")
done

# Meanwhile, in order: the Debian root, PostgreSQL, kind's base image, then each Airflow image once
# its wheels are there.
step debian "$CLUSTER_SCRIPTS/images/debian.sh"
step postgres "$CLUSTER_SCRIPTS/images/postgres.sh"
step kind-base "$CLUSTER_SCRIPTS/images/kind-node.sh" --base-only
for version in $AIRFLOW_VERSIONS; do
  wait_for "${wheels[$version]}"
  step "airflow-$version" "$CLUSTER_SCRIPTS/images/airflow.sh" "$version"
done

# Last: the node image, from the binaries.
wait_for "$binaries"
step kind-node "$CLUSTER_SCRIPTS/images/kind-node.sh"
