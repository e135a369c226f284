#!/usr/bin/env bash
# images/kind-node.sh — a kind node image for Kubernetes $KUBE_VERSION from the binaries that
# k8s-binaries.sh built, with no image registry: kind's base image rebuilt from Debian packages
# (images/kind-node/Dockerfile.base), the control-plane, CoreDNS, pause and local-path images made
# from those binaries, all preloaded into the node's containerd the way `kind build node-image`
# does it (ctr import --no-unpack, then docker commit). The shared-database image (postgres.sh) and
# the in-cluster Azurite (azurite.sh) are preloaded too, since pods cannot pull them. Networking is
# a static bridge CNI, so one node only.
# Cached by a hash of every input; tagged airflow-gitops/kind-node:$KUBE_VERSION. Prints that tag.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
KIND_VERSION=${KIND_VERSION:-v0.33.0}
HERE=$CLUSTER_SCRIPTS/images/kind-node
alias_tag=airflow-gitops/kind-node:$KUBE_VERSION
kind_module=$(GOFLAGS=-mod=mod go mod download -json "sigs.k8s.io/kind@$KIND_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
[ -d "$kind_module/images/base/files" ] || die "cannot find kind $KIND_VERSION's images/base/files in the Go module cache"

debian=$("$CLUSTER_SCRIPTS/images/debian.sh")
postgres=$("$CLUSTER_SCRIPTS/images/postgres.sh")
postgres_tag=$(sed -n "s/^export const POSTGRES_IMAGE = '\(.*\)';/\1/p" "$REPO_ROOT/src/kube/versions.ts")
azurite=$("$CLUSTER_SCRIPTS/images/azurite.sh")
azurite_tag=$(sed -n "s/^  image: '\(mcr.microsoft.com\/azure-storage\/azurite:[^']*\)',.*/\1/p" "$REPO_ROOT/src/kube/azurite.ts")
work=$(mktemp -d "${TMPDIR:-/tmp}/kind-node.XXXXXX")
node_builder=""
cleanup() { [ -n "$node_builder" ] && docker rm -f -v "$node_builder" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT

# Small Go helpers: the runc wrapper (inside the node, for privileged pods) and pause.
mkdir -p "$work/base" "$work/img"
(cd "$CLUSTER_SCRIPTS/runc-drop-missing-caps" && CGO_ENABLED=0 go build -trimpath -ldflags '-s -w' -o "$work/base/runc-wrapper" .)
(cd "$HERE/pause" && CGO_ENABLED=0 go build -trimpath -ldflags '-s -w' -o "$work/img/pause" .)

# 1. base image
cp -r "$kind_module/images/base/files" "$work/base/files"; chmod -R u+w "$work/base/files"
cp "$HERE/Dockerfile.base" "$HERE/containerd-config.toml" "$HERE/cni-bridge.conflist" "$work/base/"
mv "$work/base/Dockerfile.base" "$work/base/Dockerfile"
base=$(build_cached kind-base "$work/base" "$debian")
[ "${1:-}" = --base-only ] && exit 0
for b in kubelet kubeadm kubectl kube-apiserver kube-controller-manager kube-scheduler kube-proxy etcd coredns local-path-provisioner; do
  [ -x "$K8S_BIN/$b" ] || die "$K8S_BIN/$b is missing; run scripts/cluster/k8s-binaries.sh $K8S_BIN first"
done

# 2. the node image's identity: base, binaries, preloaded images, manifests, this script
# Hashing 670 MB of binaries takes seconds on every warm run; the hash is kept beside them, keyed by
# their names, sizes and modification times (any rebuild changes those).
binaries=(kubelet kubeadm kubectl kube-apiserver kube-controller-manager kube-scheduler kube-proxy etcd coredns local-path-provisioner)
binaries_stat=$(cd "$K8S_BIN" && stat -c '%n %s %Y' "${binaries[@]}" | sha256sum | cut -c1-16)
if [ "$(sed -n 1p "$K8S_BIN/.binaries-hash" 2>/dev/null)" = "$binaries_stat" ]; then
  binaries_hash=$(sed -n 2p "$K8S_BIN/.binaries-hash")
else
  binaries_hash=$(cd "$K8S_BIN" && sha256sum "${binaries[@]}" | sha256sum | cut -c1-12)
  printf '%s\n%s\n' "$binaries_stat" "$binaries_hash" > "$K8S_BIN/.binaries-hash"
fi
node_hash=$(printf '%s\n' "$(docker image inspect -f '{{.Id}}' "$base")" "$(docker image inspect -f '{{.Id}}' "$postgres")" "$(docker image inspect -f '{{.Id}}' "$azurite")" \
  "$binaries_hash" "$(content_hash "$0" "$HERE" "$kind_module/pkg/build/nodeimage/const_storage.go")" | sha256sum | cut -c1-12)
ref=airflow-gitops/kind-node:$KUBE_VERSION-$node_hash
if image_present "$ref"; then docker tag "$ref" "$alias_tag"; echo "$alias_tag"; exit 0; fi
started=$SECONDS
log "building $ref"

# 3. component images, named as kubeadm and kind expect them
mapfile -t kubeadm_images < <("$K8S_BIN/kubeadm" config images list --kubernetes-version "$KUBE_VERSION" 2>/dev/null)
image_named() { printf '%s\n' "${kubeadm_images[@]}" | grep "/$1:" | head -1; }
pause_ref=$(image_named pause)
grep -q "sandbox_image = \"$pause_ref\"" "$HERE/containerd-config.toml" \
  || die "kubeadm $KUBE_VERSION wants $pause_ref; set sandbox_image in images/kind-node/containerd-config.toml to it"
# kind's own local-path manifest and image names (pkg/build/nodeimage/const_storage.go), so the
# storage kind installs is exactly kind's; only the images are built here.
python3 - "$kind_module/pkg/build/nodeimage/const_storage.go" "$work/default-storage.yaml" "$work/storage-images" <<'PY'
import re, sys
src = open(sys.argv[1]).read()
consts = dict(re.findall(r'const (\w+) = "([^"]+)"', src))
# The constant is a Go expression: raw strings joined by `+` with the image constants.
pos = src.index('const defaultStorageManifest =') + len('const defaultStorageManifest =')
parts = []
while True:
    while src[pos] in ' \t\n': pos += 1
    if src[pos] == '`':
        end = src.index('`', pos + 1)
        parts.append(src[pos + 1:end])
        pos = end + 1
    else:
        name = re.match(r'\w+', src[pos:]).group(0)
        parts.append(consts[name])
        pos += len(name)
    rest = src[pos:].lstrip(' \t')
    if not rest.startswith('+'):
        break
    pos = len(src) - len(rest) + 1
manifest = ''.join(parts)
open(sys.argv[2], 'w').write(manifest)
open(sys.argv[3], 'w').write(consts['storageProvisionerImage'] + '\n' + consts['storageHelperImage'] + '\n')
PY
provisioner_ref=$(sed -n 1p "$work/storage-images"); helper_ref=$(sed -n 2p "$work/storage-images")
cp "$K8S_BIN"/{kube-apiserver,kube-controller-manager,kube-scheduler,kube-proxy,etcd,coredns,local-path-provisioner} "$work/img/"
[ -x /bin/busybox ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends busybox-static >/dev/null
mkdir -p "$work/busybox/bin" "$work/busybox/tmp"; cp /bin/busybox "$work/busybox/bin/"
for applet in $(/bin/busybox --list); do [ -e "$work/busybox/bin/$applet" ] || ln -s busybox "$work/busybox/bin/$applet"; done
tar -C "$work/busybox" -c . | docker import - "$helper_ref" >/dev/null
image_from() { # REF DOCKERFILE-TEXT — a build in $work/img
  printf '%s\n' "$2" > "$work/img/Dockerfile"
  docker build -q -t "$1" "$work/img" >/dev/null || die "building $1 failed"
}
for component in kube-apiserver kube-controller-manager kube-scheduler etcd; do
  image_from "$(image_named "$component")" "FROM scratch
COPY $component /usr/local/bin/$component
ENTRYPOINT [\"/usr/local/bin/$component\"]"
done
image_from "$(image_named kube-proxy)" "FROM $debian
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends iptables conntrack ipset kmod && rm -rf /var/lib/apt/lists/*
COPY kube-proxy /usr/local/bin/kube-proxy
ENTRYPOINT [\"/usr/local/bin/kube-proxy\"]"
image_from "$(image_named coredns)" "FROM scratch
COPY coredns /coredns
ENTRYPOINT [\"/coredns\"]"
image_from "$pause_ref" "FROM scratch
COPY pause /pause
ENTRYPOINT [\"/pause\"]"
image_from "$provisioner_ref" "FROM $helper_ref
COPY local-path-provisioner /usr/local/bin/local-path-provisioner
ENTRYPOINT [\"/usr/local/bin/local-path-provisioner\"]"
preload=("${kubeadm_images[@]}" "$provisioner_ref" "$helper_ref" "$postgres_tag" "$azurite_tag")

# 4. the node: binaries, version, manifests, preloaded images; then commit
node_builder=kind-node-build-$$
docker run -d --name "$node_builder" --entrypoint sleep --security-opt seccomp=unconfined "$base" infinity >/dev/null
for b in kubelet kubeadm kubectl; do docker cp "$K8S_BIN/$b" "$node_builder:/usr/bin/$b"; done
docker cp "$HERE/default-cni.yaml" "$node_builder:/kind/manifests/default-cni.yaml"
docker cp "$work/default-storage.yaml" "$node_builder:/kind/manifests/default-storage.yaml"
echo "$KUBE_VERSION" > "$work/version"; docker cp "$work/version" "$node_builder:/kind/version"
docker exec "$node_builder" bash -c 'nohup containerd >/tmp/containerd.log 2>&1 &
  for _ in $(seq 100); do ctr version >/dev/null 2>&1 && exit 0; sleep 0.2; done; cat /tmp/containerd.log; exit 1' \
  || die "containerd did not start in the node builder"
docker save "${preload[@]}" | docker exec -i "$node_builder" ctr --namespace=k8s.io images import --all-platforms --no-unpack --digests - >/dev/null
docker exec "$node_builder" bash -c 'pkill containerd; for _ in $(seq 50); do pgrep containerd >/dev/null || exit 0; sleep 0.2; done; exit 1' || true
docker exec "$node_builder" rm -f /tmp/containerd.log
docker commit --change 'ENTRYPOINT ["/usr/local/bin/entrypoint", "/sbin/init"]' --change 'CMD []' \
  --change "LABEL org.airflow-gitops.inputs-hash=$node_hash" "$node_builder" "$ref" >/dev/null
docker tag "$ref" "$alias_tag"
log "built $ref in $(( SECONDS - started )) s ($(docker image inspect -f '{{.Size}}' "$ref") bytes)"
echo "$alias_tag"
