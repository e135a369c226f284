# lib.sh — shared settings of the cluster scripts (sourced, not run).
# Everything lives under one cache directory so a warm machine rebuilds nothing:
#   $CLUSTER_CACHE/docker        dockerd's data root (images survive between runs)
#   $CLUSTER_CACHE/run           dockerd's pid file, exec root and log
#   $CLUSTER_CACHE/tools         small helpers built here (the runc wrapper)
#   $CLUSTER_CACHE/bin-<k8s>     Kubernetes binaries (k8s-binaries.sh)
CLUSTER_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$CLUSTER_SCRIPTS/../.." && pwd)
CLUSTER_CACHE=${AIRFLOW_GITOPS_CLUSTER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/airflow-gitops/cluster}
KUBE_VERSION=${KUBE_VERSION:-v1.34.4}
K8S_BIN=${AIRFLOW_GITOPS_K8S_BIN:-$CLUSTER_CACHE/bin-$KUBE_VERSION}
# The daemon is reached through its own socket, so a docker CLI on PATH (any version that speaks
# API 1.41) and kind talk to our daemon and never to some other one.
DOCKER_SOCKET=${AIRFLOW_GITOPS_DOCKER_SOCKET:-$CLUSTER_CACHE/run/docker.sock}
export DOCKER_HOST=unix://$DOCKER_SOCKET
export PATH="$PATH:/usr/local/go/bin"

log() { echo "[$(date +%T)] $*" >&2; }
die() { echo "cluster: $*" >&2; exit 1; }

# content_hash FILE|DIR... — a short hash of the named inputs (paths and contents), so an image tag
# changes exactly when what it is built from changes.
content_hash() {
  local path
  for path in "$@"; do
    if [ -d "$path" ]; then
      (cd "$path" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
    else
      echo "$(sha256sum < "$path") $(basename "$path")"
    fi
  done | sha256sum | cut -c1-12
}

# image_present REF — true when the daemon already holds REF.
image_present() { docker image inspect "$1" >/dev/null 2>&1; }

# build_cached NAME CONTEXT_DIR BASE_REF [EXTRA_INPUT...] — docker build CONTEXT_DIR (FROM ${BASE})
# as airflow-gitops/NAME:<hash of the context, the base image id and the extra inputs>, unless that
# tag exists. Prints the ref. The hash is also a label, so `docker inspect` says what an image is.
# BUILD_HASH_INPUTS (space-separated paths) replaces the context in the hash when the context is
# derived from smaller inputs (the Airflow image: the lock pins every wheel in the context).
build_cached() {
  local name=$1 context=$2 base=$3; shift 3
  local inputs=("$context") ref hash
  # shellcheck disable=SC2206
  [ -n "${BUILD_HASH_INPUTS:-}" ] && inputs=($BUILD_HASH_INPUTS)
  ref=$(cached_ref "$name" "$base" "${inputs[@]}" "$@")
  hash=${ref##*:}
  if ! image_present "$ref"; then
    log "building $ref (from $base)"
    local started=$SECONDS
    docker build -q --build-arg "BASE=$base" --label "org.airflow-gitops.inputs-hash=$hash" -t "$ref" "$context" >/dev/null \
      || die "docker build of $name failed"
    log "built $ref in $(( SECONDS - started )) s"
  fi
  echo "$ref"
}

# cached_ref NAME BASE_REF INPUT... — the ref build_cached gives an image of NAME built from these
# inputs on BASE_REF, so a script can ask whether it exists before it assembles a large context.
cached_ref() {
  local name=$1 base=$2; shift 2
  local base_id
  base_id=$(docker image inspect -f '{{.Id}}' "$base") || die "base image $base is missing"
  echo "airflow-gitops/$name:$(printf '%s\n%s\n' "$(content_hash "$@")" "$base_id" | sha256sum | cut -c1-12)"
}
