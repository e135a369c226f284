#!/usr/bin/env bash
# dockerd.sh start|stop|status — a Docker engine for the cluster tier, started by hand (our CI
# machines have no systemd). Reuses a running daemon; installs Debian's docker.io when missing.
# The default runtime is our runc wrapper (runc-drop-missing-caps/): these VMs lack
# CAP_SYS_RESOURCE in the bounding set, and plain runc then fails every privileged container,
# which is what a kind node is. Prints `export DOCKER_HOST=...` on start.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
RUN_DIR=$CLUSTER_CACHE/run
DATA_ROOT=$CLUSTER_CACHE/docker
WRAPPER_SRC=$CLUSTER_SCRIPTS/runc-drop-missing-caps
wrapper_path() { echo "$CLUSTER_CACHE/tools/runc-drop-missing-caps-$(content_hash "$WRAPPER_SRC")"; }

build_wrapper() {
  local out; out=$(wrapper_path)
  if [ ! -x "$out" ]; then
    command -v go >/dev/null || die "Go is needed to build the runc wrapper (expected /usr/local/go/bin/go)"
    mkdir -p "$(dirname "$out")"
    (cd "$WRAPPER_SRC" && CGO_ENABLED=0 go build -trimpath -ldflags '-s -w' -o "$out.tmp" .) && mv "$out.tmp" "$out"
  fi
  echo "$out"
}

running() { [ -S "$DOCKER_SOCKET" ] && docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

case ${1:-start} in
start)
  if running; then
    echo "dockerd: reusing the daemon on $DOCKER_SOCKET" >&2
  else
    if ! command -v dockerd >/dev/null; then
      log "installing docker.io iptables debootstrap"
      # A fresh machine has no package lists yet.
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io iptables debootstrap >/dev/null
    fi
    wrapper=$(build_wrapper)
    mkdir -p "$RUN_DIR" "$DATA_ROOT"
    # setsid: the daemon must outlive the shell (and the test run) that started it.
    setsid nohup dockerd --data-root "$DATA_ROOT" --exec-root "$RUN_DIR/exec" --pidfile "$RUN_DIR/dockerd.pid" \
      --host "unix://$DOCKER_SOCKET" --add-runtime "drop-missing-caps=$wrapper" --default-runtime drop-missing-caps \
      >"$RUN_DIR/dockerd.log" 2>&1 </dev/null &
    for _ in $(seq 150); do running && break; sleep 0.2; done
    running || { tail -20 "$RUN_DIR/dockerd.log" >&2; die "dockerd did not come up (log: $RUN_DIR/dockerd.log)"; }
  fi
  runtime=$(docker info --format '{{.DefaultRuntime}}')
  [ "$runtime" = drop-missing-caps ] || echo "dockerd: warning: default runtime is $runtime, privileged containers may fail on this host" >&2
  docker info --format 'dockerd {{.ServerVersion}}: storage {{.Driver}}, cgroup v{{.CgroupVersion}}, runtime {{.DefaultRuntime}}, root {{.DockerRootDir}}' >&2
  echo "export DOCKER_HOST=$DOCKER_HOST"
  ;;
stop)
  if [ -f "$RUN_DIR/dockerd.pid" ]; then
    pid=$(cat "$RUN_DIR/dockerd.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    rm -f "$RUN_DIR/dockerd.pid"
  fi
  ;;
status)
  running && docker info --format 'dockerd {{.ServerVersion}} running, runtime {{.DefaultRuntime}}' || { echo "dockerd: not running" >&2; exit 1; }
  ;;
*) die "usage: dockerd.sh start|stop|status" ;;
esac
