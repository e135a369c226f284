#!/usr/bin/env bash
# images/azurite.sh — the Azurite stand-in (images/azurite/), tagged as the image the product deploys
# in the cluster (AZURITE.image in src/kube/azurite.ts). The npm package and its production
# dependencies come from the project's node_modules (installed from package-lock.json, integrity-
# checked), the Node.js binary is the one running this script's caller. Prints the hash ref.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
tag=$(sed -n "s/^  image: '\(mcr.microsoft.com\/azure-storage\/azurite:[^']*\)',.*/\1/p" "$REPO_ROOT/src/kube/azurite.ts")
[ -n "$tag" ] || die "cannot read AZURITE.image from src/kube/azurite.ts"
want=${tag##*:}
have=$(node -p "require('$REPO_ROOT/node_modules/azurite/package.json').version" 2>/dev/null) \
  || die "node_modules/azurite is missing (npm ci)"
[ "$have" = "$want" ] || die "node_modules/azurite is $have, but the product deploys $tag"
# A context of its own per call: two tier runs at once must not empty each other's.
mkdir -p "$CLUSTER_CACHE/contexts"
context=$(mktemp -d "$CLUSTER_CACHE/contexts/azurite-$want.XXXXXX")
trap 'rm -rf "$context"' EXIT
# azurite's production dependency closure, resolved the way Node resolves it from each package, one
# "dir version" line each. With the Node binary's hash it is what the image is made of, so it names the
# image: a warm run hashes this list instead of copying and hashing the whole closure (~30 s).
node - "$REPO_ROOT" >"$context/closure.txt" <<'JS'
const path = require('node:path');
const fs = require('node:fs');
const root = path.join(process.argv[2], 'node_modules');
const seen = new Map();
function visit(dir) {
  if (seen.has(dir)) return;
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  seen.set(dir, pkg.version);
  for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
    for (let from = dir; ; from = path.dirname(from)) {
      const candidate = path.join(from, 'node_modules', dep);
      if (fs.existsSync(path.join(candidate, 'package.json'))) { visit(candidate); break; }
      if (from === path.dirname(from)) { if (!(pkg.optionalDependencies ?? {})[dep]) throw new Error(`${dep} (needed by ${pkg.name}) is not installed`); break; }
    }
  }
}
visit(path.join(root, 'azurite'));
for (const [dir, version] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`${path.relative(root, dir)} ${version}`);
JS
node_binary=$(command -v node)
sha256sum < "$node_binary" > "$context/node.sha256"
cp "$CLUSTER_SCRIPTS/images/azurite/Dockerfile" "$context/"
base=$("$CLUSTER_SCRIPTS/images/debian.sh")
inputs="$context/Dockerfile $context/closure.txt $context/node.sha256"
# shellcheck disable=SC2086
if ! image_present "$(cached_ref azurite "$base" $inputs)"; then
  mkdir -p "$context/node_modules"
  cp -L "$node_binary" "$context/node"
  while read -r dir _; do
    # A package nested in one already copied came along with it.
    [ -e "$context/node_modules/$dir" ] && continue
    mkdir -p "$context/node_modules/$(dirname "$dir")"
    cp -a "$REPO_ROOT/node_modules/$dir" "$context/node_modules/$dir"
  done < "$context/closure.txt"
fi
ref=$(BUILD_HASH_INPUTS=$inputs build_cached azurite "$context" "$base")
rm -rf "$context"
docker tag "$ref" "$tag"
echo "$ref"
