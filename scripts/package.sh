#!/usr/bin/env bash
# Builds the release artifacts of one target into dist/, checks each with its ecosystem's own
# checker, then (where the target runs on this machine) installs each one with no Rust toolchain
# on PATH and calls the emulator with it. One recipe for every target: the release workflow
# (.github/workflows/release.yml) runs this script once per target.
#
#   bash scripts/package.sh                  # the release for this machine's target (here
#                                            # x86_64-unknown-linux-gnu): Cargo profile `dist`
#                                            # (fat LTO, stripped) in target/release-pkg; `cargo
#                                            # package` verifies both crates
#   bash scripts/package.sh --ci             # what CI runs (scripts/test.sh, suite `package`):
#                                            # profile `ci` (no LTO) in the shared target dir,
#                                            # `cargo package --no-verify`; the same checkers
#                                            # and install-and-call runs
#   bash scripts/package.sh --target aarch64-unknown-linux-musl [--ci] [--only python|node|jvm|crates]...
#   bash scripts/package.sh --all-targets [--ci]  # every target zig builds on a Linux x64 host,
#                                            # one after another (opt-in; not part of CI)
#   bash scripts/package.sh --only jvm --jvm-natives DIR   # the jar, also carrying every
#                                            # jvm-native/<jna-dir>/ library found under DIR
#
# Targets (what each builds; Linux targets link through zig: glibc 2.17 for *-linux-gnu):
#   x86_64-unknown-linux-gnu   wheels manylinux2014, npm linux-x64-gnu, JNA linux-x86-64, and
#                              the target-independent artifacts: sdists, the npm main package,
#                              the jar, the crates (the "primary" target)
#   aarch64-unknown-linux-gnu  wheels manylinux2014, npm linux-arm64-gnu, JNA linux-aarch64
#   x86_64-unknown-linux-musl  wheels musllinux_1_2, npm linux-x64-musl
#   aarch64-unknown-linux-musl wheels musllinux_1_2
#   universal2-apple-darwin    wheels (macOS, native build)
#   aarch64-apple-darwin       npm darwin-arm64, JNA darwin-aarch64 (macOS, native build)
#   x86_64-apple-darwin        npm darwin-x64, JNA darwin-x86-64 (macOS, native build)
#   x86_64-pc-windows-msvc     wheels, npm win32-x64-msvc, JNA win32-x86-64 (Windows, native)
#
# Artifacts: the primary target writes dist/, any other target dist/<triple>/. Python: the abi3
# wheel of `cloudpirates` and the wheel of `cloudpirates-emulator` (maturin bin), plus both
# sdists on the primary target; npm: the platform package @cloudpirates/sdk-<napi name> (addon
# + emulator), plus the main package @cloudpirates/sdk (no binary) on the primary target; JVM:
# jvm-native/<jna-dir>/<library> for the jar job, or on the primary target the jar (native
# libraries inside under JNA's resource dirs), its pom, sources and javadoc jars; Rust: the
# .crate files of cloudpirates and cloudpirates-emulator (primary target).
# Checkers: auditwheel show (Linux wheels), abi3audit, twine check, check-wheel-contents;
# publint (every npm package), @arethetypeswrong/cli (main package); the ELF of every native
# binary in the npm packages and JVM libraries (architecture, glibc <= 2.17 or musl, static
# emulator on musl); cargo package. Tools: maturin, ziglang, cargo-zigbuild, twine,
# check-wheel-contents, abi3audit and auditwheel in target/pkg-venv; publint and attw through
# npx at pinned versions.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
die() { echo "package.sh: $*" >&2; exit 1; }
usage() {
  echo "usage: scripts/package.sh [--target TRIPLE] [--ci] [--only python|node|jvm|crates]... [--jvm-natives DIR]" >&2
  echo "       scripts/package.sh --all-targets [--ci] [--only ...]" >&2
  exit 2
}
MODE=full; TRIPLE=""; ONLY=(); ALL=0; NATIVES=""
while [ $# -gt 0 ]; do
  case "$1" in
    --ci) MODE=ci ;;
    --target) [ $# -ge 2 ] || usage; TRIPLE="$2"; shift ;;
    --target=*) TRIPLE="${1#*=}" ;;
    --only) [ $# -ge 2 ] || usage; ONLY+=("$2"); shift ;;
    --only=*) ONLY+=("${1#*=}") ;;
    --jvm-natives) [ $# -ge 2 ] || usage; NATIVES="$(cd "$2" && pwd)"; shift ;;
    --all-targets) ALL=1 ;;
    -h|--help) usage ;;
    *) usage ;;
  esac
  shift
done
for s in "${ONLY[@]}"; do
  case "$s" in python|node|jvm|crates) ;; *) die "--only $s: one of python, node, jvm, crates" ;; esac
done

PRIMARY=x86_64-unknown-linux-gnu
# the targets zig builds from a Linux x64 host; the primary one last, so its jar gathers the
# other JVM libraries from dist/
ZIG_TARGETS=(aarch64-unknown-linux-gnu x86_64-unknown-linux-musl aarch64-unknown-linux-musl "$PRIMARY")
if [ "$ALL" = 1 ]; then
  if [ -n "$TRIPLE" ] || [ -n "$NATIVES" ]; then die "--all-targets takes no --target or --jvm-natives"; fi
  summary=()
  for t in "${ZIG_TARGETS[@]}"; do
    args=(--target "$t")
    [ "$MODE" = ci ] && args+=(--ci)
    for s in "${ONLY[@]}"; do args+=(--only "$s"); done
    if [ "$t" = "$PRIMARY" ] && { [ "${#ONLY[@]}" -eq 0 ] || [[ " ${ONLY[*]} " == *" jvm "* ]]; }; then
      args+=(--jvm-natives "$ROOT/dist")
    fi
    t0=$SECONDS
    bash "$ROOT/scripts/package.sh" "${args[@]}" || die "target $t failed"
    summary+=("$(printf '  %-28s ok  %5s s' "$t" "$((SECONDS-t0))")")
  done
  echo; echo "==> every target built and checked:"; printf '%s\n' "${summary[@]}"
  exit 0
fi

# --- the target ----------------------------------------------------------------------------
HOST="$(rustc -vV | sed -n 's/^host: //p')"
TRIPLE="${TRIPLE:-$HOST}"
WHEEL=""; NAPI=""; JNA=""
case "$TRIPLE" in
  x86_64-unknown-linux-gnu)   WHEEL=manylinux2014; NAPI=linux-x64-gnu;   JNA=linux-x86-64 ;;
  aarch64-unknown-linux-gnu)  WHEEL=manylinux2014; NAPI=linux-arm64-gnu; JNA=linux-aarch64 ;;
  x86_64-unknown-linux-musl)  WHEEL=musllinux_1_2; NAPI=linux-x64-musl ;;
  aarch64-unknown-linux-musl) WHEEL=musllinux_1_2 ;;
  universal2-apple-darwin)    WHEEL=native ;;
  aarch64-apple-darwin)       NAPI=darwin-arm64;   JNA=darwin-aarch64 ;;
  x86_64-apple-darwin)        NAPI=darwin-x64;     JNA=darwin-x86-64 ;;
  x86_64-pc-windows-msvc)     WHEEL=native; NAPI=win32-x64-msvc; JNA=win32-x86-64 ;;
  *) die "unknown target $TRIPLE (see the list at the top of scripts/package.sh)" ;;
esac
ARCH="${TRIPLE%%-*}"
case "$TRIPLE" in
  *-linux-gnu)  ZIG=1; LIBC=gnu;  CTARGET="$TRIPLE.2.17" ;;   # cargo-zigbuild: glibc 2.17
  *-linux-musl) ZIG=1; LIBC=musl; CTARGET="$TRIPLE" ;;
  *) ZIG=0; LIBC=""; CTARGET="$TRIPLE" ;;
esac
case "$TRIPLE" in
  *-windows-*) EXE=.exe; LIBFFI=cloudpirates_ffi.dll ;;
  *-apple-*) EXE=""; LIBFFI=libcloudpirates_ffi.dylib ;;
  *) EXE=""; LIBFFI=libcloudpirates_ffi.so ;;
esac
case "$(uname -s)" in
  Linux) HOST_OS=linux ;; Darwin) HOST_OS=macos ;; *) HOST_OS=windows ;;
esac
# install-and-call needs the target's binaries to run here (a Linux host of the same triple)
RUNS_HERE=0
[ "$TRIPLE" = "$HOST" ] && [ "$HOST_OS" = linux ] && RUNS_HERE=1

# the sections this target has; --only narrows them
AVAILABLE=()
[ -n "$WHEEL" ] && AVAILABLE+=(python)
[ -n "$NAPI" ] && AVAILABLE+=(node)
[ -n "$JNA" ] && AVAILABLE+=(jvm)
[ "$TRIPLE" = "$PRIMARY" ] && AVAILABLE+=(crates)
SECTIONS=()
if [ "${#ONLY[@]}" -eq 0 ]; then
  SECTIONS=("${AVAILABLE[@]}")
else
  for s in "${ONLY[@]}"; do
    if [[ " ${AVAILABLE[*]} " == *" $s "* ]]; then SECTIONS+=("$s")
    else echo "package.sh: $TRIPLE has no $s artifact (it has: ${AVAILABLE[*]}); skipped" >&2; fi
  done
  [ "${#SECTIONS[@]}" -gt 0 ] || die "nothing to build for $TRIPLE with --only ${ONLY[*]}"
fi
want() { [[ " ${SECTIONS[*]} " == *" $1 "* ]]; }
[ -z "$NATIVES" ] || { [ "$TRIPLE" = "$PRIMARY" ] && want jvm; } || die "--jvm-natives goes with the jar (--target $PRIMARY, section jvm)"

if [ "$MODE" = ci ]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
  PROFILE=ci
else
  export CARGO_TARGET_DIR="${CLOUDPIRATES_PKG_TARGET_DIR:-$ROOT/target/release-pkg}"
  PROFILE=dist
fi
SHARED_TARGET="$ROOT/target"          # debug tools (uniffi-bindgen) are built here
OUT="$CARGO_TARGET_DIR/$TRIPLE/$PROFILE"
if [ "$TRIPLE" = "$PRIMARY" ]; then DIST="$ROOT/dist"; else DIST="$ROOT/dist/$TRIPLE"; fi
WORK="$CARGO_TARGET_DIR/pkg-work/$TRIPLE"
PUBLINT="publint@0.3.25"
ATTW="@arethetypeswrong/cli@0.18.5"
START=$SECONDS
step() { printf '\n==> [%s s] %s\n' "$((SECONDS-START))" "$*"; }
VERSION="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)"
[ -n "$VERSION" ] || die "no workspace.package.version in Cargo.toml"
step "package $VERSION for $TRIPLE: ${SECTIONS[*]} ($MODE: profile $PROFILE, CARGO_TARGET_DIR=${CARGO_TARGET_DIR#"$ROOT"/})"

# a run's output directory holds exactly what it built (the primary target keeps the other
# targets' dist/<triple>/ directories)
if [ "$TRIPLE" = "$PRIMARY" ]; then
  mkdir -p "$DIST" && find "$DIST" -mindepth 1 -maxdepth 1 -type f -delete
else
  rm -rf "$DIST"
fi
rm -rf "$WORK"
mkdir -p "$DIST" "$WORK"
listing() { (cd "$DIST" && find . -maxdepth "$1" -type f | sed 's:^\./::' | sort | while read -r f; do
  printf '  %8s  %s\n' "$(wc -c <"$f" | awk '{ s="B K M G"; split(s,u," "); i=1; b=$1; while (b>=1024 && i<4) { b/=1024; i++ } printf "%.1f%s", b, u[i] }')" "$f"
done); }

# --- tools ---------------------------------------------------------------------------------
step "tools venv (target/pkg-venv)"
PY=python3   # (Windows: python; its python3 may be the Store's stub)
if [ "$HOST_OS" = windows ] || ! command -v python3 >/dev/null 2>&1; then PY=python; fi
venv="$SHARED_TARGET/pkg-venv"
VBIN="$venv/bin"; [ "$HOST_OS" = windows ] && VBIN="$venv/Scripts"
reqs="maturin==1.16.0 ziglang==0.13.0 cargo-zigbuild==0.24.0 twine==7.0.0 check-wheel-contents==0.6.3 abi3audit==0.0.26 auditwheel==6.8.2"
if [ ! -d "$VBIN" ]; then "$PY" -m venv "$venv"; fi
if [ "$(cat "$venv/.cloudpirates-reqs" 2>/dev/null)" != "$reqs" ]; then
  # shellcheck disable=SC2086
  "$VBIN/python" -m pip install -q --disable-pip-version-check $reqs
  echo "$reqs" > "$venv/.cloudpirates-reqs"
fi
export PATH="$VBIN:$PATH"
if [ "$ZIG" = 1 ]; then
  # zig on PATH for cargo-zigbuild (maturin finds the ziglang package by itself)
  [ -x "$VBIN/zig" ] || ln -sf "$("$VBIN/python" -c 'import os, ziglang; print(os.path.join(os.path.dirname(ziglang.__file__), "zig"))')" "$VBIN/zig"
  rustup target list --installed 2>/dev/null | grep -qx "$TRIPLE" || rustup target add "$TRIPLE"
fi

if [ "$HOST_OS" != windows ]; then
  step "codegen --check (the copies the packages carry are current)"
  tools_py="$(bash scripts/python-tools.sh)"   # PyYAML for the generator
  "$tools_py" tools/codegen/main.py --check
fi

# One build command for every target: cargo-zigbuild for Linux targets, cargo elsewhere.
cargo_build() {
  if [ "$ZIG" = 1 ]; then cargo zigbuild -q "$@" --profile "$PROFILE" --target "$CTARGET"
  else cargo build -q "$@" --profile "$PROFILE" --target "$CTARGET"; fi
}
EMULATOR="$OUT/cloudpirates-emulator$EXE"
emulator_built=0
build_emulator() {
  [ "$emulator_built" = 1 ] && return
  cargo_build -p cloudpirates-emulator
  emulator_built=1
}
# The ELF of a Linux native binary: this target's architecture, and glibc <= 2.17 (gnu) or no
# glibc at all (musl; the emulator there is static). No ecosystem checker covers the npm
# addons, the emulator binaries and the JVM libraries; auditwheel covers the wheels.
check_elf() { # check_elf FILE exe|lib
  [ -n "$LIBC" ] || return 0
  "$VBIN/python" - "$1" "$2" "$ARCH" "$LIBC" <<'PY'
import os, sys
from elftools.elf.elffile import ELFFile
from elftools.elf.gnuversions import GNUVerNeedSection
from elftools.elf.dynamic import DynamicSection
path, kind, arch, libc = sys.argv[1:]
with open(path, "rb") as f:
    elf = ELFFile(f)
    machine = elf["e_machine"]
    want = {"x86_64": "EM_X86_64", "aarch64": "EM_AARCH64"}[arch]
    glibc, needed = [], []
    for s in elf.iter_sections():
        if isinstance(s, GNUVerNeedSection):
            for _, auxs in s.iter_versions():
                glibc += [tuple(map(int, a.name[6:].split("."))) for a in auxs if a.name.startswith("GLIBC_")]
        if isinstance(s, DynamicSection):
            needed += [t.needed for t in s.iter_tags() if t.entry.d_tag == "DT_NEEDED"]
    interp = any(seg["p_type"] == "PT_INTERP" for seg in elf.iter_segments())
name = os.path.basename(path)
fail = []
if machine != want:
    fail.append(f"machine {machine}, expected {want}")
newest = ".".join(map(str, max(glibc))) if glibc else None
if libc == "gnu" and glibc and max(glibc) > (2, 17):
    fail.append(f"needs glibc {newest} (> 2.17)")
if libc == "musl":
    if glibc or "libc.so.6" in needed:
        fail.append("linked against glibc")
    if kind == "exe" and (interp or needed):
        fail.append(f"not static (interpreter {interp}, needs {needed})")
if fail:
    sys.exit(f"package.sh: {path}: " + "; ".join(fail))
detail = f"newest glibc symbol {newest}" if newest else ("static" if not interp and not needed else "no glibc")
print(f"elf: {name}: {arch} {libc}, {detail}: ok")
PY
}
# Starts an emulator binary and calls it over HTTP with the standard library only (no SDK):
# used for the emulator of a target whose SDK cannot run here (x86_64 musl on a glibc host).
call_emulator() { # call_emulator EXE LABEL
  "$PY" - "$1" "$2" <<'PY'
import json, subprocess, sys, urllib.request
exe, label = sys.argv[1:]
p = subprocess.Popen([exe, "--port", "0", "--lag-ms", "0", "--watch-stdin"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
try:
    start = json.loads(p.stdout.readline())
    req = urllib.request.Request(start["base_url"] + "/auth/me", headers={"Authorization": "ApiKey " + start["api_key"]})
    with urllib.request.urlopen(req, timeout=10) as r:
        me = json.load(r)
        rid = r.headers["x-request-id"]
    assert me["email"] == start["email"], me
    assert rid and rid.startswith("req_"), rid
finally:
    p.kill()
print(f"{label}: {exe.rsplit('/', 1)[-1]} ran here, GET /v1/auth/me answered {me['email']} ({rid}): ok")
PY
}

# --- Python: two wheels (and two sdists on the primary target) ------------------------------
if want python; then
  MATURIN=(maturin build --profile "$PROFILE" --target "$TRIPLE" -o "$DIST")
  [ "$ZIG" = 1 ] && MATURIN+=(--zig --compatibility "$WHEEL")
  step "python: cloudpirates wheel (abi3, $WHEEL) and cloudpirates-emulator wheel (maturin bin)"
  # maturin's zig wrappers call maturin, cargo-zigbuild's call cargo-zigbuild: the C compiler
  # differs, so Cargo would rebuild every C dependency (aws-lc) and all above it on each switch;
  # the wheels are built in their own target dir
  (cd bindings/python && CARGO_TARGET_DIR="$CARGO_TARGET_DIR/pkg-maturin" "${MATURIN[@]}")
  (cd crates/emulator && CARGO_TARGET_DIR="$CARGO_TARGET_DIR/pkg-maturin" "${MATURIN[@]}")
  if [ "$TRIPLE" = "$PRIMARY" ]; then
    step "python: sdists"
    (cd bindings/python && maturin sdist -o "$DIST")
    (cd crates/emulator && maturin sdist -o "$DIST")
  fi
  SDK_WHEEL="$(ls "$DIST"/cloudpirates-"$VERSION"-cp39-abi3-*.whl)"
  EMU_WHEEL="$(ls "$DIST"/cloudpirates_emulator-"$VERSION"-py3-none-*.whl)"
  # scripts/test-python.sh may have left a debug emulator in _bin/: a release never carries it
  if "$PY" -m zipfile -l "$SDK_WHEEL" | grep >/dev/null '_bin/cloudpirates-emulator'; then
    die "$SDK_WHEEL carries _bin/cloudpirates-emulator (left by scripts/test-python.sh?); rerun"
  fi
fi

# --- Node: the platform package of this target (and the main package) ---------------------
if want node; then
  step "node: addon ($PROFILE, $NAPI) and TypeScript in a staging copy of bindings/node"
  NODE_SRC="$ROOT/bindings/node"
  [ -d "$NODE_SRC/node_modules/@napi-rs/cli" ] || (cd "$NODE_SRC" && npm ci --no-audit --no-fund)
  NSTAGE="$WORK/npm/sdk"
  mkdir -p "$NSTAGE"
  cp -r "$NODE_SRC/src" "$NODE_SRC/scripts" "$NODE_SRC/tsconfig.json" "$NODE_SRC/package.json" "$NODE_SRC/README.md" "$NSTAGE/"
  cp LICENSE "$NSTAGE/"
  ln -s "$NODE_SRC/node_modules" "$NSTAGE/node_modules"
  NAPI_BUILD=(npx --no-install napi build --platform --manifest-path "$ROOT/crates/node/Cargo.toml" --package-json-path package.json
    --output-dir native --js index.js --dts index.d.ts --target "$CTARGET" --profile "$PROFILE")
  [ "$ZIG" = 1 ] && NAPI_BUILD+=(--cross-compile)   # through cargo-zigbuild, as cargo_build
  (cd "$NSTAGE" && "${NAPI_BUILD[@]}" >/dev/null)
  # the main package (TypeScript; its ES-module views are written by loading the CommonJS build,
  # addon included): built where the addon loads, i.e. on the primary target and wherever this
  # target's install-and-call runs; it is the same for every target
  MAIN_PKG=0
  { [ "$TRIPLE" = "$PRIMARY" ] || [ "$RUNS_HERE" = 1 ]; } && MAIN_PKG=1
  [ "$MAIN_PKG" = 1 ] && (cd "$NSTAGE" && npx --no-install tsc -p tsconfig.json && node scripts/build-esm.cjs)
  build_emulator
  ADDON="$NSTAGE/native/cloudpirates.$NAPI.node"
  [ -f "$ADDON" ] || die "napi build did not write $ADDON"
  check_elf "$ADDON" lib
  check_elf "$EMULATOR" exe
  node scripts/npm-packages.cjs "$NSTAGE" "$WORK/npm/$NAPI" "$TRIPLE" "$ADDON" "$EMULATOR"
  rm -rf "$ADDON" "$NSTAGE/node_modules"   # (the link only)
  # the main package: into dist/ on the primary target, else only for install-and-call here
  MAIN_DEST="$WORK"; [ "$TRIPLE" = "$PRIMARY" ] && MAIN_DEST="$DIST"
  if [ "$MAIN_PKG" = 1 ]; then
    NPM_MAIN="$MAIN_DEST/$(cd "$NSTAGE" && npm pack --silent --pack-destination "$MAIN_DEST" | tail -n1)"
    if tar tzf "$NPM_MAIN" | grep >/dev/null '\.node$'; then die "$NPM_MAIN holds a native binary"; fi
  fi
  NPM_PLAT="$DIST/$(cd "$WORK/npm/$NAPI" && npm pack --silent --pack-destination "$DIST" | tail -n1)"
fi

# --- JVM: the native library (and on the primary target the jar) ---------------------------
if want jvm; then
  step "jvm: $LIBFFI ($PROFILE) for JNA's $JNA/"
  cargo_build -p cloudpirates-ffi
  check_elf "$OUT/$LIBFFI" lib
  if [ "$TRIPLE" != "$PRIMARY" ]; then
    mkdir -p "$DIST/jvm-native/$JNA"
    cp "$OUT/$LIBFFI" "$DIST/jvm-native/$JNA/"
  else
    NATIVE_RES="$WORK/jvm/native-resources"
    mkdir -p "$NATIVE_RES/$JNA"
    cp "$OUT/$LIBFFI" "$NATIVE_RES/$JNA/"
    if [ -n "$NATIVES" ]; then
      # the other platforms' libraries (dist/<triple>/jvm-native/<jna-dir>/, or the release
      # workflow's downloaded artifacts)
      while IFS= read -r lib; do
        d="$(basename "$(dirname "$lib")")"
        [ "$d" = "$JNA" ] && continue
        mkdir -p "$NATIVE_RES/$d" && cp "$lib" "$NATIVE_RES/$d/"
      done < <(find "$NATIVES" -type f -path '*/jvm-native/*/*')
    fi
    step "jvm: the jar with $(cd "$NATIVE_RES" && echo */ | tr -d /)"
    # the stripped library has no uniffi metadata left: the Kotlin side is generated from the
    # debug build of the same sources (shared target dir), as scripts/test-kotlin.sh does
    UNIFFI_OUT="$WORK/jvm/uniffi"
    CARGO_TARGET_DIR="$SHARED_TARGET" bash scripts/gen-uniffi.sh kotlin "$UNIFFI_OUT" >/dev/null
    (cd bindings/kotlin && mvn -B -q -Dcargo.skip=true -DskipTests -Dbuild.dir="$WORK/jvm/build" \
      -Dnative.resources.dir="$NATIVE_RES" -Duniffi.out="$UNIFFI_OUT" package)
    JAR="$DIST/cloudpirates-sdk-$VERSION.jar"
    cp "$WORK/jvm/build/cloudpirates-sdk-$VERSION.jar" "$JAR"
    cp bindings/kotlin/pom.xml "$DIST/cloudpirates-sdk-$VERSION.pom"
    # Maven Central wants sources and javadoc jars next to the jar
    # (the javadoc jar carries the README: Central accepts that where no Dokka output exists)
    mkdir -p "$WORK/jvm/sources" "$WORK/jvm/javadoc"
    cp -r "$ROOT/bindings/kotlin/src/main/kotlin/." "$UNIFFI_OUT/." "$WORK/jvm/sources/"
    cp "$ROOT/README.md" "$WORK/jvm/javadoc/"
    jar cf "$DIST/cloudpirates-sdk-$VERSION-sources.jar" -C "$WORK/jvm/sources" .
    jar cf "$DIST/cloudpirates-sdk-$VERSION-javadoc.jar" -C "$WORK/jvm/javadoc" .
    for d in "$NATIVE_RES"/*/; do
      d="$(basename "$d")"
      for lib in "$NATIVE_RES/$d"/*; do
        unzip -l "$JAR" | grep >/dev/null " $d/$(basename "$lib")\$" || die "$JAR lacks $d/$(basename "$lib")"
        echo "jar: $d/$(basename "$lib")"
      done
    done
  fi
fi

# --- Rust: the two crates (primary target) --------------------------------------------------
if want crates; then
  step "rust: cargo package cloudpirates, cloudpirates-emulator ($([ "$MODE" = ci ] && echo --no-verify || echo verified))"
  PKG_FLAGS=(--allow-dirty)
  [ "$MODE" = ci ] && PKG_FLAGS+=(--no-verify)
  cargo package -q -p cloudpirates -p cloudpirates-emulator "${PKG_FLAGS[@]}"
  cp "$CARGO_TARGET_DIR/package/cloudpirates-$VERSION.crate" "$CARGO_TARGET_DIR/package/cloudpirates-emulator-$VERSION.crate" "$DIST/"
  tar tzf "$DIST/cloudpirates-emulator-$VERSION.crate" | grep >/dev/null '/openapi/cloudpirates.yaml$' || die "the emulator crate lacks its OpenAPI copy"
fi

step "artifacts (${DIST#"$ROOT"/}/)"
listing 3

# --- checkers -------------------------------------------------------------------------------
if want python; then
  step "check: auditwheel show, abi3audit, twine check, check-wheel-contents"
  if [ -n "$LIBC" ]; then
    AW=(auditwheel show)
    if [ "$LIBC" = musl ]; then
      # auditwheel resolves each DT_NEEDED in this machine's library dirs; musl's libc is not on
      # a glibc machine (and glibc's libc.so is a linker script auditwheel cannot read): it gets
      # a stub ELF of this architecture named libc.so
      mkdir -p "$WORK/musl-ld" && : > "$WORK/musl-ld/empty.c"
      "$VBIN/python" -m ziglang cc -target "$ARCH-linux-musl" -shared -nostdlib -o "$WORK/musl-ld/libc.so" "$WORK/musl-ld/empty.c"
      AW+=(--ldpaths "$WORK/musl-ld")
    fi
    if [ "$LIBC" = gnu ]; then tag="manylinux_2_17_$ARCH"; else tag="musllinux_1_2_$ARCH"; fi
    # the wheel's tag must be one auditwheel finds the binaries consistent with (or older)
    for w in "$SDK_WHEEL" "$EMU_WHEEL"; do
      shown="$("${AW[@]}" "$w" 2>&1)" || { echo "$shown"; die "$w: auditwheel show failed"; }
      shown="$(echo "$shown" | tr '\n' ' ' | tr -s ' ')"
      found="$(echo "$shown" | sed -n 's/.*consistent with the following platform tag: "\([^"]*\)".*/\1/p')"
      if "$PY" - "$found" "$tag" <<'PY'
import re, sys
found, tag = sys.argv[1:]
f, t = re.match(r"(\w+?)_(\d+)_(\d+)_(\w+)$", found), re.match(r"(\w+?)_(\d+)_(\d+)_(\w+)$", tag)
ok = f and f[1] == t[1] and f[4] == t[4] and (int(f[2]), int(f[3])) <= (int(t[2]), int(t[3]))
sys.exit(0 if ok else 1)
PY
      then
        echo "auditwheel: $(basename "$w"): consistent with $found (tagged $tag)"
      elif [ "$LIBC" = musl ] && [ "$found" = "linux_$ARCH" ] &&
           [ "$(echo "$shown" | sed -n 's/.*following shared library dependencies will need to be eliminated: *//p')" = "libc.so " ]; then
        # zig links musl's libc under its plain name libc.so (musl's loader maps that name to
        # itself); auditwheel's musllinux whitelist knows it only as libc.musl-<arch>.so.1
        echo "auditwheel: $(basename "$w"): only libc.so (musl's libc as zig names it) outside the $tag whitelist (libc.musl-$ARCH.so.1); accepted"
      else
        echo "$shown"; die "$w: auditwheel: ${found:-no platform tag}, wheel tagged $tag"
      fi
    done
  fi
  abi3audit --strict --report "$SDK_WHEEL"
  TWINE=("$DIST"/*.whl)
  [ "$TRIPLE" = "$PRIMARY" ] && TWINE+=("$DIST"/*.tar.gz)
  twine check --strict "${TWINE[@]}"
  check-wheel-contents "$SDK_WHEEL"
  # a maturin `bin` wheel holds only .data/scripts/cloudpirates-emulator: W007 (no library) is its nature
  check-wheel-contents --ignore W007 "$EMU_WHEEL"
fi

if want node; then
  step "check: publint$([ "$TRIPLE" = "$PRIMARY" ] && echo ", attw")"
  (cd "$WORK/npm/$NAPI" && npx -y "$PUBLINT" --strict .)
  if [ "$TRIPLE" = "$PRIMARY" ]; then
    (cd "$WORK/npm/sdk" && npx -y "$PUBLINT" --strict .)
    # --profile node16: the package needs Node 20 (engines), so node10 resolution, which cannot
    # see the `./testing` subpath export, is out of scope
    npx -y "$ATTW" --profile node16 "$NPM_MAIN"
  fi
fi

if want crates && [ "$MODE" = full ]; then
  step "check: cargo publish --dry-run (both crates; already verified by cargo package)"
  cargo publish -q --dry-run --no-verify --allow-dirty -p cloudpirates
  cargo publish -q --dry-run --no-verify --allow-dirty -p cloudpirates-emulator
fi

# --- install and call ------------------------------------------------------------------------
if [ "$RUNS_HERE" = 0 ]; then
  if [ "$HOST_OS" = linux ] && [ "$ARCH" = "$(uname -m)" ] && [ "$LIBC" = musl ] && { want python || want node; }; then
    # the SDK of a musl target cannot load into this glibc machine's Python or Node; its
    # emulator binaries are static and run anywhere: start each and call it
    step "run: the static musl emulator binaries of this target's packages (SDKs not loadable on a glibc host)"
    X="$(mktemp -d /tmp/cloudpirates-musl.XXXXXX)"
    if want python; then
      (cd "$X" && "$PY" -m zipfile -e "$EMU_WHEEL" wheel)
      exe="$(find "$X/wheel" -path '*.data/scripts/cloudpirates-emulator')"
      chmod +x "$exe"
      call_emulator "$exe" "python: $(basename "$EMU_WHEEL")"
    fi
    if want node; then
      mkdir "$X/npm" && tar xzf "$NPM_PLAT" -C "$X/npm"
      call_emulator "$X/npm/package/cloudpirates-emulator" "node: $(basename "$NPM_PLAT")"
    fi
    rm -rf "$X"
  fi
  step "done in $((SECONDS-START)) s: $TRIPLE, ${SECTIONS[*]}; artifacts in ${DIST#"$ROOT"/}/ (install-and-call: only where the target runs, not on this $HOST)"
  exit 0
fi

# with no Rust toolchain on PATH
NORUST_PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -v -e '/\.cargo/' -e '/\.rustup/' -e "$venv" | paste -sd: -)"
norust() { env -u CARGO_TARGET_DIR -u CLOUDPIRATES_EMULATOR -u RUSTUP_HOME -u CARGO_HOME -u CARGO PATH="$NORUST_PATH" "$@"; }
norust sh -c '! command -v cargo && ! command -v rustc' >/dev/null || die "cargo or rustc still on PATH"
TRY="$(mktemp -d /tmp/cloudpirates-try.XXXXXX)"
trap 'rm -rf "$TRY"' EXIT

if want python; then
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
fi

if want node; then
  step "install: the two npm tarballs into an empty project (local files), then a call"
  mkdir "$TRY/node-app" && cd "$TRY/node-app"
  norust npm init -y >/dev/null
  norust npm install --no-audit --no-fund --offline "$NPM_PLAT" "$NPM_MAIN" >/dev/null
  cat > use.mjs <<'JS'
import { startEmulator, findEmulator } from '@cloudpirates/sdk/testing';
import { Client, NotFoundError, PermissionDeniedError } from '@cloudpirates/sdk';
const exe = findEmulator();
if (!exe.includes(`node_modules/@cloudpirates/sdk-${process.env.NAPI}/`)) throw new Error(`emulator from ${exe}`);
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
console.log(`node: @cloudpirates/sdk with its ${process.env.NAPI} package, emulator ${exe}: ok`);
JS
  cat > use.cjs <<'JS'
const { Client } = require('@cloudpirates/sdk');
if (typeof Client !== 'function') throw new Error('require');
console.log('node: require: ok');
JS
  NAPI="$NAPI" norust node use.mjs
  norust node use.cjs
  cd "$ROOT"
  mkdir "$TRY/node-noplat" && cd "$TRY/node-noplat"
  norust npm init -y >/dev/null
  norust npm install --no-audit --no-fund --offline --omit=optional "$NPM_MAIN" >/dev/null
  msg="$(norust node -e "require('@cloudpirates/sdk')" 2>&1 || true)"
  here="$(node -p 'process.platform + "-" + process.arch')"
  echo "$msg" | grep >/dev/null "no native addon for this platform ($here).*@cloudpirates/sdk-$NAPI" \
    || { echo "$msg"; die "no clear error without the platform package"; }
  echo "node: without the platform package: $(echo "$msg" | grep -o '@cloudpirates/sdk: no native addon[^:]*'): ok"
  cd "$ROOT"
fi

if want jvm && [ "$TRIPLE" = "$PRIMARY" ]; then
  step "install: the jar into a consumer Maven project (a file repository), then a call"
  build_emulator
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
  (cd "$APP" && norust env -u LD_LIBRARY_PATH java -cp "target/classes:target/lib/*" MainKt "$EMULATOR")
fi

step "done in $((SECONDS-START)) s: $TRIPLE, ${SECTIONS[*]}; artifacts in ${DIST#"$ROOT"/}/"
listing 1
