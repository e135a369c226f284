#!/usr/bin/env bash
# images/postgres.sh — the PostgreSQL stand-in (images/postgres/), tagged as the image the product
# deploys for the shared database (POSTGRES_IMAGE in src/kube/versions.ts). Prints the hash ref.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
tag=$(sed -n "s/^export const POSTGRES_IMAGE = '\(.*\)';/\1/p" "$REPO_ROOT/src/kube/versions.ts")
[ -n "$tag" ] || die "cannot read POSTGRES_IMAGE from src/kube/versions.ts"
base=$("$CLUSTER_SCRIPTS/images/debian.sh")
ref=$(build_cached postgres "$CLUSTER_SCRIPTS/images/postgres" "$base")
docker tag "$ref" "$tag"
echo "$ref"
