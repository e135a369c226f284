#!/usr/bin/env bash
# images/airflow.sh VERSION — an image standing in for apache/airflow:VERSION, built from the
# project's hash lock for that version (test/airflow/locks/), tagged apache/airflow:VERSION so the
# chart's default image reference finds it. Wheels are downloaded on the host (pip, hash-checked,
# cached per lock), so the docker build itself needs no network. Prints the content-hash ref.
# `--wheels-only VERSION` only downloads the wheels (no Docker needed), so prepare.sh can fetch them
# while the CPU is busy compiling.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
wheels_only=false
if [ "${1:-}" = --wheels-only ]; then wheels_only=true; shift; fi
version=${1:?usage: images/airflow.sh [--wheels-only] VERSION (2.9.3, 3.1.8 or 3.3.2)}
lock=""
for candidate in "$REPO_ROOT"/test/airflow/locks/*.txt; do
  if head -1 "$candidate" | grep -q "^# Airflow $version lock"; then lock=$candidate; fi
done
[ -n "$lock" ] || die "no lock in test/airflow/locks/ is for Airflow $version"
lock_hash=$(content_hash "$lock")
wheels=$CLUSTER_CACHE/wheels/$lock_hash
if [ ! -f "$wheels/.complete" ]; then
  log "downloading the wheels of $(basename "$lock") (hash-checked)"
  mkdir -p "$wheels"
  python3 -m pip download --no-deps --require-hashes --disable-pip-version-check -q -r "$lock" -d "$wheels" \
    || die "pip download of $lock failed"
  touch "$wheels/.complete"
fi
# A lock holding sdists needs a build backend inside the (offline) image build: see build-tools.txt.
if grep -q '\.tar\.gz$\|\.zip$' < <(ls "$wheels") && [ ! -f "$wheels/.build-tools" ]; then
  python3 -m pip download --no-deps --require-hashes --disable-pip-version-check -q \
    -r "$CLUSTER_SCRIPTS/images/airflow/build-tools.txt" -d "$wheels" || die "pip download of the build tools failed"
  touch "$wheels/.build-tools"
fi
if $wheels_only; then echo "$wheels"; exit 0; fi
# The build context: this directory's files, the lock and (hard-linked) wheels.
context=$CLUSTER_CACHE/contexts/airflow-$lock_hash
rm -rf "$context"; mkdir -p "$context/wheels"
cp "$CLUSTER_SCRIPTS"/images/airflow/* "$context/"
cp "$lock" "$context/requirements.txt"
find "$wheels" -maxdepth 1 -type f ! -name '.*' -exec ln -f {} "$context/wheels/" \;
base=$("$CLUSTER_SCRIPTS/images/debian.sh")
# Hash the recipe and the lock, not the wheels: the lock's hashes already pin every wheel.
ref=$(BUILD_HASH_INPUTS="$CLUSTER_SCRIPTS/images/airflow $lock" build_cached airflow "$context" "$base")
rm -rf "$context"
docker tag "$ref" "apache/airflow:$version"
echo "$ref"
