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
mkdir -p "$context/node_modules"
cp "$CLUSTER_SCRIPTS/images/azurite/Dockerfile" "$context/"
cp -L "$(command -v node)" "$context/node"
# azurite's production dependency closure, resolved the way Node resolves it from each package.
node - "$REPO_ROOT" <<'JS' | while IFS= read -r dir; do
const path = require('node:path');
const fs = require('node:fs');
const root = path.join(process.argv[2], 'node_modules');
const seen = new Set();
function visit(dir) {
  if (seen.has(dir)) return;
  seen.add(dir);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
    for (let from = dir; ; from = path.dirname(from)) {
      const candidate = path.join(from, 'node_modules', dep);
      if (fs.existsSync(path.join(candidate, 'package.json'))) { visit(candidate); break; }
      if (from === path.dirname(from)) { if (!(pkg.optionalDependencies ?? {})[dep]) throw new Error(`${dep} (needed by ${pkg.name}) is not installed`); break; }
    }
  }
}
visit(path.join(root, 'azurite'));
for (const dir of seen) console.log(path.relative(root, dir));
JS
  # A package nested in one already copied came along with it.
  [ -e "$context/node_modules/$dir" ] && continue
  mkdir -p "$context/node_modules/$(dirname "$dir")"
  cp -a "$REPO_ROOT/node_modules/$dir" "$context/node_modules/$dir"
done
base=$("$CLUSTER_SCRIPTS/images/debian.sh")
ref=$(build_cached azurite "$context" "$base")
rm -rf "$context"
docker tag "$ref" "$tag"
echo "$ref"
