#!/usr/bin/env bash
# k8s-binaries.sh OUT — the Kubernetes binaries a kind node image needs, built from the Go module
# proxy (no image registry is reachable on our CI machines). Reuses OUT when it already holds this
# version (OUT/.version), so a warm machine builds nothing.
#
# Why a generated go.mod: k8s.io/kubernetes cannot be `go install`ed, because its go.mod replaces
# each staging module (k8s.io/api, k8s.io/client-go, ...) with ./staging/src/...; we require it from
# a throwaway module and replace each staging module with its published v0.<minor>.<patch> tag.
# Kubernetes 1.34: kubelets from 1.35 on refuse cgroup v1 by default, and our machines are cgroup v1.
set -euo pipefail
OUT=${1:?usage: k8s-binaries.sh OUT}
KUBE_VERSION=${KUBE_VERSION:-v1.34.4}
ETCD_VERSION=${ETCD_VERSION:-v3.6.17}
KIND_VERSION=${KIND_VERSION:-v0.33.0}
COREDNS_VERSION=${COREDNS_VERSION:-v1.12.1}
LOCAL_PATH_VERSION=${LOCAL_PATH_VERSION:-v0.0.30}
COMMANDS="kube-apiserver kube-controller-manager kube-scheduler kubelet kubeadm kube-proxy kubectl"
export PATH="$PATH:/usr/local/go/bin" CGO_ENABLED=0 GOFLAGS=-mod=mod
stamp="$KUBE_VERSION etcd-$ETCD_VERSION kind-$KIND_VERSION coredns-$COREDNS_VERSION local-path-$LOCAL_PATH_VERSION"
if [ -f "$OUT/.version" ] && [ "$(cat "$OUT/.version")" = "$stamp" ]; then
  echo "k8s binaries: reusing $OUT ($stamp)"; exit 0
fi
command -v go >/dev/null || { echo "k8s binaries: Go is not installed (expected /usr/local/go/bin/go)" >&2; exit 1; }
mkdir -p "$OUT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timed() { local name=$1; shift; local start; start=$(date +%s); "$@"; echo "k8s binaries: built $name in $(( $(date +%s) - start )) s" >&2; }

staging_version="v0.${KUBE_VERSION#v1.}"
cd "$work"
go mod init local/k8s-binaries >/dev/null 2>&1
upstream_mod=$(go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",\{0,1\}$/\1/p')
[ -f "$upstream_mod" ] || { echo "k8s binaries: cannot download k8s.io/kubernetes@$KUBE_VERSION" >&2; exit 1; }
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
minor=$(echo "$KUBE_VERSION" | cut -d. -f2)
ldflags="-s -w -X k8s.io/component-base/version.gitVersion=$KUBE_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/component-base/version.gitTreeState=clean -X k8s.io/component-base/version.buildDate=2026-01-01T00:00:00Z -X k8s.io/client-go/pkg/version.gitVersion=$KUBE_VERSION"
for c in $COMMANDS; do
  timed "$c" go build -trimpath -ldflags "$ldflags" -o "$OUT/$c" "k8s.io/kubernetes/cmd/$c"
done
mkdir etcd && (cd etcd && go mod init local/etcd >/dev/null 2>&1 && go get "go.etcd.io/etcd/server/v3@$ETCD_VERSION" >/dev/null 2>&1 \
  && timed etcd go build -trimpath -ldflags '-s -w' -o "$OUT/etcd" go.etcd.io/etcd/server/v3)
for module in "sigs.k8s.io/kind@$KIND_VERSION" "github.com/coredns/coredns@$COREDNS_VERSION" "github.com/rancher/local-path-provisioner@$LOCAL_PATH_VERSION"; do
  timed "${module%@*}" env GOBIN="$OUT" go install -trimpath -ldflags '-s -w' "$module"
done
echo "$stamp" > "$OUT/.version"
ls -la "$OUT"
