#!/usr/bin/env bash
# images/debian.sh — a Debian bookworm root made by debootstrap and `docker import`ed; the base of
# every other image here (no image registry is reachable on our CI machines). Prints the image ref.
# Cached: the tag carries a hash of this script, so a warm run only inspects.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
SUITE=bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
ref="airflow-gitops/debian:$SUITE-$(content_hash "$0")"
if ! image_present "$ref"; then
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  root=$(mktemp -d "${TMPDIR:-/tmp}/debootstrap.XXXXXX")
  trap 'rm -rf "$root"' EXIT
  log "debootstrap $SUITE (minbase) -> $ref"
  debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$root.log" 2>&1 || { tail -20 "$root.log" >&2; die "debootstrap failed"; }
  rm -f "$root.log"
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | docker import -c 'CMD ["/bin/bash"]' -c 'ENV LANG=C.UTF-8' - "$ref" >/dev/null
fi
docker tag "$ref" airflow-gitops/debian:$SUITE
echo "$ref"
