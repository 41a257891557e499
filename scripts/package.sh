#!/usr/bin/env bash
# Builds the release artifacts for Linux x64 into dist/, checks each with its ecosystem's own
# checker, then installs each one with no Rust toolchain on PATH and calls the emulator with it.
#
#   bash scripts/package.sh        # the release: Cargo profile `dist` (fat LTO, stripped) in
#                                  # target/release-pkg; `cargo package` verifies both crates
#   bash scripts/package.sh --ci   # what CI runs (scripts/test.sh, suite `package`): profile
#                                  # `ci` (no LTO) in the shared target dir, `cargo package
#                                  # --no-verify`; the same checkers and install-and-call runs
#
# Artifacts (dist/): the abi3 manylinux2014 wheel and sdist of `cloudpirates`, the wheel and
# sdist of `cloudpirates-emulator` (maturin bin); the npm tarballs of @cloudpirates/sdk and of
# @cloudpirates/sdk-linux-x64-gnu (addon + emulator); the jar (native library inside, under
# JNA's linux-x86-64/) and its pom; the .crate files of cloudpirates and cloudpirates-emulator.
# Tools: maturin + ziglang (manylinux via `--zig`), twine, check-wheel-contents, abi3audit and
# auditwheel in target/pkg-venv; publint and @arethetypeswrong/cli through npx at pinned versions.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODE=full
case "${1:-}" in
  --ci) MODE=ci ;;
  "") ;;
  *) echo "usage: scripts/package.sh [--ci]" >&2; exit 2 ;;
esac
TRIPLE=x86_64-unknown-linux-gnu
if [ "$MODE" = ci ]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
  PROFILE=ci
else
  export CARGO_TARGET_DIR="${CLOUDPIRATES_PKG_TARGET_DIR:-$ROOT/target/release-pkg}"
  PROFILE=dist
fi
SHARED_TARGET="$ROOT/target"          # debug tools (uniffi-bindgen) are built here
OUT="$CARGO_TARGET_DIR/$TRIPLE/$PROFILE"
DIST="$ROOT/dist"
WORK="$CARGO_TARGET_DIR/pkg-work"
PUBLINT="publint@0.3.25"
ATTW="@arethetypeswrong/cli@0.18.5"
START=$SECONDS
step() { printf '\n==> [%s s] %s\n' "$((SECONDS-START))" "$*"; }
die() { echo "package.sh: $*" >&2; exit 1; }
VERSION="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)"
[ -n "$VERSION" ] || die "no workspace.package.version in Cargo.toml"
step "package $VERSION ($MODE: profile $PROFILE, CARGO_TARGET_DIR=${CARGO_TARGET_DIR#$ROOT/})"

rm -rf "$DIST" "$WORK"
mkdir -p "$DIST" "$WORK"

step "tools venv (target/pkg-venv)"
tools_py="$(bash scripts/python-tools.sh)"   # PyYAML for the generator
venv="$SHARED_TARGET/pkg-venv"
reqs="maturin==1.16.0 ziglang==0.13.0 twine==7.0.0 check-wheel-contents==0.6.3 abi3audit==0.0.26 auditwheel==6.8.2"
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
if [ "$(cat "$venv/.cloudpirates-reqs" 2>/dev/null)" != "$reqs" ]; then
  # shellcheck disable=SC2086
  "$venv/bin/python" -m pip install -q --disable-pip-version-check $reqs
  echo "$reqs" > "$venv/.cloudpirates-reqs"
fi
export PATH="$venv/bin:$PATH"

step "codegen --check (the copies the packages carry are current)"
"$tools_py" tools/codegen/main.py --check

# --- Python: two wheels (manylinux2014 through zig) and two sdists -------------------------
step "python: cloudpirates wheel (abi3, manylinux2014, zig) and sdist"
(cd bindings/python &&
  maturin build --profile "$PROFILE" --zig --target "$TRIPLE" --compatibility manylinux2014 -o "$DIST" &&
  maturin sdist -o "$DIST")
step "python: cloudpirates-emulator wheel (maturin bin) and sdist"
(cd crates/emulator &&
  maturin build --profile "$PROFILE" --zig --target "$TRIPLE" --compatibility manylinux2014 -o "$DIST" &&
  maturin sdist -o "$DIST")
SDK_WHEEL="$(ls "$DIST"/cloudpirates-"$VERSION"-cp39-abi3-manylinux*.whl)"
EMU_WHEEL="$(ls "$DIST"/cloudpirates_emulator-"$VERSION"-py3-none-manylinux*.whl)"
# scripts/test-python.sh may have left a debug emulator in _bin/: a release never carries it
if python3 -m zipfile -l "$SDK_WHEEL" | grep >/dev/null '_bin/cloudpirates-emulator'; then
  die "$SDK_WHEEL carries _bin/cloudpirates-emulator (left by scripts/test-python.sh?); rerun"
fi

# --- Node: the main package (no binary) and its linux-x64-gnu platform package -------------
step "node: addon ($PROFILE) and TypeScript in a staging copy of bindings/node"
NODE_SRC="$ROOT/bindings/node"
[ -d "$NODE_SRC/node_modules/@napi-rs/cli" ] || (cd "$NODE_SRC" && npm ci --no-audit --no-fund)
NSTAGE="$WORK/npm/sdk"
mkdir -p "$NSTAGE"
cp -r "$NODE_SRC/src" "$NODE_SRC/scripts" "$NODE_SRC/tsconfig.json" "$NODE_SRC/package.json" "$NODE_SRC/README.md" "$NSTAGE/"
cp LICENSE "$NSTAGE/"
ln -s "$NODE_SRC/node_modules" "$NSTAGE/node_modules"
(cd "$NSTAGE" &&
  npx --no-install napi build --platform --manifest-path "$ROOT/crates/node/Cargo.toml" --package-json-path package.json \
    --output-dir native --js index.js --dts index.d.ts --target "$TRIPLE" --profile "$PROFILE" >/dev/null &&
  npx --no-install tsc -p tsconfig.json && node scripts/build-esm.cjs)
cargo build -q -p cloudpirates-emulator --profile "$PROFILE" --target "$TRIPLE"
node scripts/npm-packages.cjs "$NSTAGE" "$WORK/npm/linux-x64-gnu" "$TRIPLE" \
  "$NSTAGE/native/cloudpirates.linux-x64-gnu.node" "$OUT/cloudpirates-emulator"
rm "$NSTAGE/native/cloudpirates.linux-x64-gnu.node" "$NSTAGE/node_modules"
NPM_MAIN="$DIST/$(cd "$NSTAGE" && npm pack --silent --pack-destination "$DIST" | tail -n1)"
NPM_PLAT="$DIST/$(cd "$WORK/npm/linux-x64-gnu" && npm pack --silent --pack-destination "$DIST" | tail -n1)"
if tar tzf "$NPM_MAIN" | grep >/dev/null '\.node$'; then die "$NPM_MAIN holds a native binary"; fi

# --- JVM: the jar, with the native library under JNA's resource path ------------------------
step "jvm: libcloudpirates_ffi.so ($PROFILE) inside the jar (linux-x86-64/)"
cargo build -q -p cloudpirates-ffi --profile "$PROFILE" --target "$TRIPLE"
NATIVE_RES="$WORK/jvm/native-resources"
mkdir -p "$NATIVE_RES/linux-x86-64"
cp "$OUT/libcloudpirates_ffi.so" "$NATIVE_RES/linux-x86-64/"
# the stripped library has no uniffi metadata left: the Kotlin side is generated from the debug
# build of the same sources (shared target dir), as scripts/test-kotlin.sh does
UNIFFI_OUT="$WORK/jvm/uniffi"
CARGO_TARGET_DIR="$SHARED_TARGET" bash scripts/gen-uniffi.sh kotlin "$UNIFFI_OUT" >/dev/null
(cd bindings/kotlin && mvn -B -q -Dcargo.skip=true -DskipTests -Dbuild.dir="$WORK/jvm/build" \
  -Dnative.resources.dir="$NATIVE_RES" -Duniffi.out="$UNIFFI_OUT" package)
JAR="$DIST/cloudpirates-sdk-$VERSION.jar"
cp "$WORK/jvm/build/cloudpirates-sdk-$VERSION.jar" "$JAR"
cp bindings/kotlin/pom.xml "$DIST/cloudpirates-sdk-$VERSION.pom"
unzip -l "$JAR" | grep >/dev/null ' linux-x86-64/libcloudpirates_ffi.so$' || die "$JAR lacks linux-x86-64/libcloudpirates_ffi.so"

# --- Rust: the two crates -----------------------------------------------------------------
step "rust: cargo package cloudpirates, cloudpirates-emulator ($([ "$MODE" = ci ] && echo --no-verify || echo verified))"
PKG_FLAGS=(--allow-dirty)
[ "$MODE" = ci ] && PKG_FLAGS+=(--no-verify)
cargo package -q -p cloudpirates -p cloudpirates-emulator "${PKG_FLAGS[@]}"
cp "$CARGO_TARGET_DIR/package/cloudpirates-$VERSION.crate" "$CARGO_TARGET_DIR/package/cloudpirates-emulator-$VERSION.crate" "$DIST/"
tar tzf "$DIST/cloudpirates-emulator-$VERSION.crate" | grep >/dev/null '/openapi/cloudpirates.yaml$' || die "the emulator crate lacks its OpenAPI copy"

step "artifacts (dist/)"
(cd "$DIST" && for f in *; do printf '  %8s  %s\n' "$(du -h --apparent-size "$f" | cut -f1)" "$f"; done)

# --- checkers -------------------------------------------------------------------------------
step "check: auditwheel show, abi3audit, twine check, check-wheel-contents"
for w in "$SDK_WHEEL" "$EMU_WHEEL"; do
  auditwheel show "$w" | tr '\n' ' ' | grep >/dev/null 'consistent with the following platform tag: "manylinux_2_17_x86_64"' \
    || { auditwheel show "$w"; die "$w is not manylinux_2_17_x86_64"; }
  echo "auditwheel: $(basename "$w"): manylinux_2_17_x86_64"
done
abi3audit --strict --report "$SDK_WHEEL"
twine check --strict "$DIST"/*.whl "$DIST"/*.tar.gz
check-wheel-contents "$SDK_WHEEL"
# a maturin `bin` wheel holds only .data/scripts/cloudpirates-emulator: W007 (no library) is its nature
check-wheel-contents --ignore W007 "$EMU_WHEEL"

step "check: publint, attw"
(cd "$WORK/npm/sdk" && npx -y "$PUBLINT" --strict .)
(cd "$WORK/npm/linux-x64-gnu" && npx -y "$PUBLINT" --strict .)
# --profile node16: the package needs Node 20 (engines), so node10 resolution, which cannot see
# the `./testing` subpath export, is out of scope
npx -y "$ATTW" --profile node16 "$NPM_MAIN"

if [ "$MODE" = full ]; then
  step "check: cargo publish --dry-run (both crates; already verified by cargo package)"
  cargo publish -q --dry-run --no-verify --allow-dirty -p cloudpirates
  cargo publish -q --dry-run --no-verify --allow-dirty -p cloudpirates-emulator
fi

# --- install and call, with no Rust toolchain on PATH ----------------------------------------
NORUST_PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -v -e '/\.cargo/' -e '/\.rustup/' -e "$venv" | paste -sd:)"
norust() { env -u CARGO_TARGET_DIR -u CLOUDPIRATES_EMULATOR -u RUSTUP_HOME -u CARGO_HOME -u CARGO PATH="$NORUST_PATH" "$@"; }
norust sh -c '! command -v cargo && ! command -v rustc' >/dev/null || die "cargo or rustc still on PATH"
TRY="$(mktemp -d /tmp/cloudpirates-try.XXXXXX)"
trap 'rm -rf "$TRY"' EXIT

step "install: the wheels into a fresh venv (pip, local files only), then a call"
norust python3 -m venv "$TRY/venv"
norust "$TRY/venv/bin/pip" install -q --disable-pip-version-check --no-index --find-links "$DIST" \
  "cloudpirates[testing]==$VERSION"
(cd "$TRY" && norust "$TRY/venv/bin/python" - <<'PY'
import os, sys, cloudpirates
from cloudpirates.testing import Emulator, find_emulator
exe = find_emulator()
assert exe.startswith(sys.prefix), f"emulator not from the cloudpirates-emulator wheel: {exe}"
assert "cloudpirates/_bin" not in exe
with Emulator(lag_ms=0) as emu:
    client = emu.client()
    me = client.auth.me()
    assert me.email == emu.email, me
    ws = client.workspaces.create(workspace_name="Packaged", workspace_key="packaged")
    assert client.workspaces.get(ws.workspace_id).workspace_key == "packaged"
    try:
        client.workspaces.get("0000000000000000000000ff")
        raise SystemExit("expected an error")
    except (cloudpirates.NotFoundError, cloudpirates.PermissionDeniedError):
        pass
print(f"python: cloudpirates {cloudpirates.__version__} from {os.path.dirname(cloudpirates.__file__)}, emulator {exe}: ok")
PY
)

step "install: the two npm tarballs into an empty project (local files), then a call"
mkdir "$TRY/node-app" && cd "$TRY/node-app"
norust npm init -y >/dev/null
norust npm install --no-audit --no-fund --offline "$NPM_PLAT" "$NPM_MAIN" >/dev/null
cat > use.mjs <<'JS'
import { startEmulator, findEmulator } from '@cloudpirates/sdk/testing';
import { Client, NotFoundError, PermissionDeniedError } from '@cloudpirates/sdk';
const exe = findEmulator();
if (!exe.includes('node_modules/@cloudpirates/sdk-linux-x64-gnu/')) throw new Error(`emulator from ${exe}`);
const emu = await startEmulator({ lagMs: 0 });
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
} finally {
  await emu.close();
}
console.log(`node: @cloudpirates/sdk with its linux-x64-gnu package, emulator ${exe}: ok`);
JS
cat > use.cjs <<'JS'
const { Client } = require('@cloudpirates/sdk');
if (typeof Client !== 'function') throw new Error('require');
console.log('node: require: ok');
JS
norust node use.mjs
norust node use.cjs
cd "$ROOT"
mkdir "$TRY/node-noplat" && cd "$TRY/node-noplat"
norust npm init -y >/dev/null
norust npm install --no-audit --no-fund --offline --omit=optional "$NPM_MAIN" >/dev/null
msg="$(norust node -e "require('@cloudpirates/sdk')" 2>&1 || true)"
echo "$msg" | grep >/dev/null 'no native addon for this platform (linux-x64).*@cloudpirates/sdk-linux-x64-gnu' \
  || { echo "$msg"; die "no clear error without the platform package"; }
echo "node: without the platform package: $(echo "$msg" | grep -o '@cloudpirates/sdk: no native addon[^:]*'): ok"
cd "$ROOT"

step "install: the jar into a consumer Maven project (a file repository), then a call"
M2="$TRY/m2repo"
mvn -B -q install:install-file -Dfile="$JAR" -DpomFile="$DIST/cloudpirates-sdk-$VERSION.pom" -DlocalRepositoryPath="$M2"
APP="$TRY/jvm-app"
mkdir -p "$APP/src/main/kotlin"
KOTLIN_VERSION="$(sed -n 's:.*<kotlin.version>\(.*\)</kotlin.version>.*:\1:p' bindings/kotlin/pom.xml)"
cat > "$APP/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>consumer</artifactId>
  <version>1</version>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <repositories>
    <repository><id>dist</id><url>file://$M2</url></repository>
  </repositories>
  <dependencies>
    <dependency>
      <groupId>io.cloudpirates</groupId>
      <artifactId>cloudpirates-sdk</artifactId>
      <version>$VERSION</version>
    </dependency>
  </dependencies>
  <build>
    <sourceDirectory>src/main/kotlin</sourceDirectory>
    <plugins>
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId>
        <artifactId>kotlin-maven-plugin</artifactId>
        <version>$KOTLIN_VERSION</version>
        <configuration><jvmTarget>17</jvmTarget></configuration>
        <executions><execution><id>compile</id><phase>compile</phase><goals><goal>compile</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
XML
cat > "$APP/src/main/kotlin/Main.kt" <<'KT'
import io.cloudpirates.sdk.CloudPiratesClient
import kotlinx.coroutines.runBlocking

fun main(args: Array<String>) {
    val emu = ProcessBuilder(args[0], "--port", "0", "--lag-ms", "0", "--watch-stdin").start()
    try {
        val line = emu.inputStream.bufferedReader().readLine() ?: error("no start line from the emulator")
        fun field(name: String) = Regex("\"$name\":\"([^\"]*)\"").find(line)!!.groupValues[1]
        runBlocking {
            CloudPiratesClient(apiKey = field("api_key"), baseUrl = field("base_url")).use { c ->
                val me = c.auth.me()
                check(me.email == field("email")) { "unexpected identity $me" }
                check(c.workspaces.list().items.isNotEmpty()) { "no workspaces" }
            }
        }
        check(System.getProperty("jna.library.path") == null)
        println("jvm: cloudpirates-sdk jar, native library loaded from the jar: ok")
    } finally {
        emu.destroy()
    }
}
KT
(cd "$APP" && norust mvn -B -q package dependency:copy-dependencies -DoutputDirectory=target/lib)
# the consumer's classpath holds the SDK jar and its Maven dependencies, nothing else
(cd "$APP" && norust env -u LD_LIBRARY_PATH java -cp "target/classes:target/lib/*" MainKt "$OUT/cloudpirates-emulator")

step "done in $((SECONDS-START)) s: artifacts in dist/"
(cd "$DIST" && for f in *; do printf '  %8s  %s\n' "$(du -h --apparent-size "$f" | cut -f1)" "$f"; done)
