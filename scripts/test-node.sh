#!/usr/bin/env bash
# Builds and tests the Node.js package @cloudpirates/sdk from source:
#   npm ci -> codegen check -> native addon (napi, debug) + TypeScript -> emulator ->
#   node --test (the Express example of examples/ included: express is a devDependency, installed
#   by npm ci) -> tsc --strict on the example -> npm pack installed in an empty project.
# Exits non-zero on the first failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PKG="$ROOT/bindings/node"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
step() { printf '\n==> %s\n' "$*"; }

step "node $(node --version), npm $(npm --version), $(cargo --version)"
cd "$PKG"

step "npm ci"
npm ci --no-audit --no-fund

step "generated TypeScript is up to date"
python3 "$ROOT/tools/codegen/main.py" --check bindings/node

step "build the native addon (napi, debug) and the TypeScript wrapper"
npm run build

step "build the emulator"
(cd "$ROOT" && cargo build -p cloudpirates-emulator)
export CLOUDPIRATES_EMULATOR="$CARGO_TARGET_DIR/debug/cloudpirates-emulator"
unset CLOUDPIRATES_API_KEY CLOUDPIRATES_BASE_URL CLOUDPIRATES_LOG

step "node --test"
npm test

step "tsc --strict --noEmit on examples/typed-usage.ts"
npm run typecheck:example

step "npm pack, install in an empty project, use it with require and import"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
TARBALL="$(npm pack --silent --pack-destination "$TMP" | tail -n1)"
mkdir "$TMP/app"
cd "$TMP/app"
npm init -y >/dev/null
# the main tarball holds no binary: lay out this platform's package (the debug addon and
# emulator) the way scripts/package.sh does for a release, and install both
tar xzf "$TMP/$TARBALL" -C "$TMP"
node "$ROOT/scripts/npm-packages.cjs" "$TMP/package" "$TMP/platform" "$(rustc -vV | sed -n 's/^host: //p')" \
  "$(ls "$PKG"/native/*.node | head -n1)" "$CLOUDPIRATES_EMULATOR" >/dev/null
PLAT_TGZ="$(cd "$TMP/platform" && npm pack --silent --pack-destination "$TMP" | tail -n1)"
MAIN_TGZ="$(cd "$TMP/package" && npm pack --silent --pack-destination "$TMP" | tail -n1)"
npm install --no-audit --no-fund --offline "$TMP/$PLAT_TGZ" "$TMP/$MAIN_TGZ" >/dev/null
cat > use.cjs <<'JS'
const { Client, NotFoundError, PermissionDeniedError } = require('@cloudpirates/sdk');
const { startEmulator } = require('@cloudpirates/sdk/testing');
(async () => {
  const emu = await startEmulator();
  try {
    const me = await emu.client.auth.me();
    if (me.email !== emu.email) throw new Error('unexpected identity');
    const err = await emu.client.workspaces.get('0000000000000000000000ff').catch((e) => e);
    if (!(err instanceof NotFoundError || err instanceof PermissionDeniedError)) throw err;
    const c = new Client({ baseUrl: emu.baseUrl, apiKey: emu.apiKey });
    let n = 0;
    for await (const _ of c.billing.profiles.listAll({ limit: 1 })) n++;
    if (n < 2) throw new Error('pagination');
    await c.close();
    console.log('require: ok');
  } finally {
    await emu.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
JS
cat > use.mjs <<'JS'
import { Client, APIError } from '@cloudpirates/sdk';
import { startEmulator } from '@cloudpirates/sdk/testing';
await using emu = await startEmulator();
const ws = await emu.client.workspaces.list();
if (!(ws.items.length >= 1)) throw new Error('no workspaces');
const old = await emu.client.workspaces.list({ signal: AbortSignal.timeout(10000) }); // first-release form
const one = await emu.client.workspaces.list({ limit: 1 });
if (old.items.length !== ws.items.length || one.limit !== 1) throw new Error('paging forms');
if (!(new Client({ apiKey: 'k' }) instanceof Object) || typeof APIError !== 'function') throw new Error('exports');
console.log('import: ok');
JS
# `await using` needs a newer Node than 20; fall back to an explicit close there.
if ! node --input-type=module -e 'await using x = null' 2>/dev/null; then
  sed -i 's/^await using emu = /const emu = /; $a await emu.close();' use.mjs
fi
node use.cjs
node use.mjs
ls node_modules/@cloudpirates/sdk-*/*.node >/dev/null
if ls node_modules/@cloudpirates/sdk/native/*.node 2>/dev/null; then echo "the main package holds a binary" >&2; exit 1; fi
step "Node package: all checks passed"
