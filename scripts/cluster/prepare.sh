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
# The Airflow versions the tier runs (test/cluster/*.test.ts); each one is an image built from its lock
# (2.9.3 for the upgrade test, 3.3.2 — the newest locked — for the wrong-password test).
AIRFLOW_VERSIONS=${AIRFLOW_GITOPS_CLUSTER_AIRFLOW_VERSIONS:-3.1.8 2.9.3 3.3.2}
LOGS=$CLUSTER_CACHE/prepare
mkdir -p "$LOGS"
started=$SECONDS

# The timing record for `npm run bench` (scripts/bench/cluster.bench.mjs): every step, background
# ones too, appends "NAME<TAB>tenths of a second<TAB>built" to $steps (one short append each, so
# they never interleave), and on_exit turns the lines into $CLUSTER_CACHE/timings/<run id>--prepare.json.
# The run id is AIRFLOW_GITOPS_CLUSTER_RUN when the caller set one (.ci/run does, and npm test's
# globalSetup keeps it, so this record and the tier's group as one run), else this start.
prepare_started_iso=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
prepare_started_us=${EPOCHREALTIME/[.,]/}
steps=$LOGS/.steps.$$
: >"$steps"

# step NAME CMD... — CMD with its output in $LOGS/NAME.log and its wall time logged; on failure the
# log's tail goes to stderr and the status is CMD's. A step "built" when its log says it built,
# downloaded, debootstrapped or installed something: the scripts log those words only then
# (lib.sh build_cached, images/*.sh, k8s-binaries.sh, dockerd.sh); test/cluster/harness.ts reads
# a cold run from nearly the same words.
step() {
  local name=$1; shift
  local t0=$SECONDS t0_us=${EPOCHREALTIME/[.,]/} rc=0 built=false
  log "prepare: $name ..."
  "$@" >"$LOGS/$name.log" 2>&1 || rc=$?
  if [ "$rc" = 0 ]; then
    if grep -Eqw 'building|built|debootstrap|downloading|installing' "$LOGS/$name.log"; then built=true; fi
    printf '%s\t%s\t%s\n' "$name" "$(( (${EPOCHREALTIME/[.,]/} - t0_us) / 100000 ))" "$built" >>"$steps"
    log "prepare: $name done in $(( SECONDS - t0 )) s"
  else
    tail -20 "$LOGS/$name.log" >&2
    log "prepare: $name FAILED after $(( SECONDS - t0 )) s (log: $LOGS/$name.log)"
  fi
  return "$rc"
}

# write_record — the steps as one JSON record (only for a prepare that succeeded: a failed one
# measured nothing the bench could compare). cold when any step built something.
decimal() { echo "$(( $1 / 10 )).$(( $1 % 10 ))"; }
write_record() {
  local run_id=${AIRFLOW_GITOPS_CLUSTER_RUN:-$prepare_started_iso} run=warm phases="" name tenths built
  [[ $run_id =~ ^[0-9A-Za-z:._+-]+$ ]] || run_id=$prepare_started_iso
  while IFS=$'\t' read -r name tenths built; do
    if [ "$built" = true ]; then run=cold; fi
    phases+="${phases:+,}"$'\n'"    { \"phase\": \"$name\", \"seconds\": $(decimal "$tenths"), \"built\": $built }"
  done <"$steps"
  local dir=$CLUSTER_CACHE/timings
  local file="$dir/${run_id//[^0-9A-Za-z_-]/-}--prepare.json"
  mkdir -p "$dir"
  printf '{\n  "tier": "cluster-prepare",\n  "runId": "%s",\n  "run": "%s",\n  "started": "%s",\n  "totalSeconds": %s,\n  "cores": %s,\n  "loadAverage": %s,\n  "phases": [%s\n  ]\n}\n' \
    "$run_id" "$run" "$prepare_started_iso" "$(decimal "$(( (${EPOCHREALTIME/[.,]/} - prepare_started_us) / 100000 ))")" \
    "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)" "$phases" >"$file"
  log "prepare: timings in $file"
}

# A failed step must not leave a compile running behind us: stop the background steps' process
# trees (by pid, children first found through their parent pid).
background=()
kill_tree() { local child; for child in $(pgrep -P "$1" 2>/dev/null); do kill_tree "$child"; done; kill "$1" 2>/dev/null || true; }
on_exit() {
  local rc=$?
  if [ "$rc" != 0 ]; then for pid in "${background[@]}"; do kill_tree "$pid"; done; fi
  log "prepare: $([ "$rc" = 0 ] && echo ready || echo failed) after $(( SECONDS - started )) s"
  if [ "$rc" = 0 ]; then write_record || log "prepare: could not write the timing record"; fi
  rm -f "$steps"
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
