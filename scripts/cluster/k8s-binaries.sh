#!/usr/bin/env bash
# k8s-binaries.sh OUT — the Kubernetes binaries a kind node image needs, built from the Go module
# proxy (no image registry is reachable on our CI machines). Reuses OUT when it already holds this
# version (OUT/.version), so a warm machine builds nothing. Logs each step's wall time.
#
# Why a generated go.mod: k8s.io/kubernetes cannot be `go install`ed, because its go.mod replaces
# each staging module (k8s.io/api, k8s.io/client-go, ...) with ./staging/src/...; we require it from
# a throwaway module and replace each staging module with its published v0.<minor>.<patch> tag.
# Kubernetes 1.34: kubelets from 1.35 on refuse cgroup v1 by default, and our machines are cgroup v1.
#
# What keeps a cold build short (measured in docs/cluster-cold-build.md):
# - the seven commands are built by ONE `go build`, so the final links run side by side instead of
#   one after another (the compile work is shared either way through the build cache);
# - CoreDNS is our own main (coredns/main.go) with only the plugins kind's Corefile uses, not
#   CoreDNS's main, which links every plugin and the AWS, Azure and Google SDKs with them.
# - local-path-provisioner is built against the Kubernetes module's versions: all its requirements
#   (client-go 0.30, 2024) are older than those, so nothing moves and only its own packages compile.
# CoreDNS and etcd keep their own go.mod versions: CoreDNS 1.12.1 does not compile against client-go
# 0.34 (cache.Config.RetryOnError is gone), and CoreDNS 1.12.4, which does, raises gRPC, x/net, ...
# above the Kubernetes pins, so nothing would come from the cache anyway.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
OUT=${1:?usage: k8s-binaries.sh OUT}
ETCD_VERSION=${ETCD_VERSION:-v3.6.17}
KIND_VERSION=${KIND_VERSION:-v0.33.0}
COREDNS_VERSION=${COREDNS_VERSION:-v1.12.1}
LOCAL_PATH_VERSION=${LOCAL_PATH_VERSION:-v0.0.30}
COMMANDS="kube-apiserver kube-controller-manager kube-scheduler kubelet kubeadm kube-proxy kubectl"
export CGO_ENABLED=0 GOFLAGS=-mod=mod
# The stamp names every input, so a changed version or CoreDNS plugin list rebuilds.
stamp="$KUBE_VERSION etcd-$ETCD_VERSION kind-$KIND_VERSION coredns-$COREDNS_VERSION+$(content_hash "$CLUSTER_SCRIPTS/coredns") local-path-$LOCAL_PATH_VERSION"
if [ -f "$OUT/.version" ] && [ "$(cat "$OUT/.version")" = "$stamp" ]; then
  echo "k8s binaries: reusing $OUT ($stamp)" >&2; exit 0
fi
command -v go >/dev/null || die "Go is not installed (expected /usr/local/go/bin/go)"
mkdir -p "$OUT"
rm -f "$OUT/.version"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# children_cpu — user+sys CPU seconds of the commands this script has waited for, from bash's
# `times`, which must run in this shell (in $(...) it would report the subshell's own zero).
children_cpu() { times >"$work/times"; }
cpu_seconds() { awk 'END { n = 0; for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); n += t[1] * 60 + t[2] } printf "%d", n }' "$work/times"; }
# timed WHAT CMD... — logs "built WHAT in N s (CPU M s)"; CPU seconds compare across loaded machines,
# wall seconds do not. test/cluster/harness.ts reads "built" as a cold run.
timed() {
  local what=$1; shift
  local started=$SECONDS cpu
  children_cpu; cpu=$(cpu_seconds)
  "$@"
  children_cpu
  log "k8s binaries: built $what in $(( SECONDS - started )) s (CPU $(( $(cpu_seconds) - cpu )) s)"
}

staging_version="v0.${KUBE_VERSION#v1.}"
k8s_module() {
  mkdir "$work/k8s" && cd "$work/k8s"
  go mod init local/k8s-binaries >/dev/null 2>&1
  local upstream_mod module
  upstream_mod=$(go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",\{0,1\}$/\1/p')
  [ -f "$upstream_mod" ] || die "cannot download k8s.io/kubernetes@$KUBE_VERSION"
  # Every `k8s.io/x => ./staging/src/k8s.io/x` line of the upstream go.mod becomes a version replace.
  sed -n 's#^[[:space:]]*\(k8s\.io/[a-z0-9-]*\) => \./staging/.*#\1#p' "$upstream_mod" | while read -r module; do
    go mod edit -replace "$module=$module@$staging_version"
  done
  go mod edit -require "k8s.io/kubernetes@$KUBE_VERSION"
  {
    echo '//go:build tools'; echo; echo 'package tools'; echo; echo 'import ('
    for c in $COMMANDS; do echo "	_ \"k8s.io/kubernetes/cmd/$c\""; done
    echo ')'
  } > tools.go
  go mod tidy >/dev/null
}
module_started=$SECONDS
k8s_module
log "k8s binaries: resolved k8s.io/kubernetes@$KUBE_VERSION's modules in $(( SECONDS - module_started )) s"

minor=$(echo "$KUBE_VERSION" | cut -d. -f2)
ldflags="-s -w -X k8s.io/component-base/version.gitVersion=$KUBE_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/component-base/version.gitTreeState=clean -X k8s.io/component-base/version.buildDate=2026-01-01T00:00:00Z -X k8s.io/client-go/pkg/version.gitVersion=$KUBE_VERSION"
packages=()
for c in $COMMANDS; do packages+=("k8s.io/kubernetes/cmd/$c"); done
# -o DIR/ writes each command as DIR/<last element of its path>.
timed "$COMMANDS" go build -trimpath -ldflags "$ldflags" -o "$OUT/" "${packages[@]}"

# CoreDNS: kubeadm's pinned version, from our main in a module of its own (tidy resolves CoreDNS's
# own requirements for just the linked plugins).
build_coredns() {
  mkdir "$work/coredns" && cp "$CLUSTER_SCRIPTS/coredns/main.go" "$CLUSTER_SCRIPTS/coredns/go.mod" "$work/coredns/" && cd "$work/coredns"
  go get "github.com/coredns/coredns@$COREDNS_VERSION" >/dev/null 2>&1 || die "cannot download coredns $COREDNS_VERSION"
  go mod tidy >/dev/null
  go build -trimpath -ldflags '-s -w' -o "$OUT/coredns" .
}
timed coredns build_coredns
# The Corefile kubeadm writes must only name plugins this CoreDNS has, or CoreDNS exits at start.
corefile_directives=$(go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' \
  | xargs -I{} sed -n '/Corefile: |/,/^`/s/^        \([a-z][a-z0-9_]*\).*/\1/p' {}/cmd/kubeadm/app/phases/addons/dns/manifests.go | sort -u)
[ -n "$corefile_directives" ] || die "cannot read the Corefile from kubeadm $KUBE_VERSION's source"
linked_plugins=$("$OUT/coredns" -plugins)
for directive in $corefile_directives; do
  # -plugins lists the linked directives one a line (`prometheus` is the metrics plugin's).
  grep -qx "$directive" <<<"$linked_plugins" \
    || die "kubeadm's Corefile uses '$directive', which scripts/cluster/coredns/main.go does not link"
done

mkdir "$work/etcd" && cd "$work/etcd" && go mod init local/etcd >/dev/null 2>&1
go get "go.etcd.io/etcd/server/v3@$ETCD_VERSION" >/dev/null 2>&1 || die "cannot download etcd $ETCD_VERSION"
timed etcd go build -trimpath -ldflags '-s -w' -o "$OUT/etcd" go.etcd.io/etcd/server/v3
timed kind env GOBIN="$OUT" go install -trimpath -ldflags '-s -w' "sigs.k8s.io/kind@$KIND_VERSION"
# The triggerer is a StatefulSet with a PersistentVolumeClaim (chart default, kept by the users'
# values), so the node needs kind's default StorageClass and this provisioner behind it.
build_local_path() {
  mkdir "$work/local-path" && cp "$work/k8s/go.mod" "$work/k8s/go.sum" "$work/local-path/" && cd "$work/local-path"
  go mod edit -module local/local-path
  go get "github.com/rancher/local-path-provisioner@$LOCAL_PATH_VERSION" >/dev/null 2>&1 \
    || die "cannot download local-path-provisioner $LOCAL_PATH_VERSION"
  go build -trimpath -ldflags '-s -w' -o "$OUT/local-path-provisioner" github.com/rancher/local-path-provisioner
}
timed local-path-provisioner build_local_path
echo "$stamp" > "$OUT/.version"
ls -la "$OUT" >&2
