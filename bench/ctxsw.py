"""Where the time of a call at concurrency 1 goes: context switches per call, per thread.

Not a test, not part of run.sh's table: a diagnostic for issue 22 (point 3).

    target/bench-venv/bin/python bench/ctxsw.py [CALLS [LANG:IMPL ...]]   # default 3000 calls, every case

Starts one release emulator (lag 0), then for each client (Python `Client`, `requests.Session`,
`AsyncClient`, `aiohttp`; Node SDK, `fetch`; the Rust core and raw reqwest through
`cloudpirates-bench count`) runs CALLS sequential `GET /v1/auth/me` calls in a child process
and reports, per call:

- wall time (µs);
- voluntary / involuntary context switches of each thread of the child (from
  /proc/<pid>/task/<tid>/status, read by the child itself just before and after its loop, so
  start-up is not counted), grouped by thread name (Python/Node drivers only);
- `perf stat -e context-switches,cpu-migrations` over the whole child, the difference of a run
  of CALLS and a run of CALLS/4 divided by the difference in calls (start-up cancels), when
  `perf` works here.

Uses the venv and builds of bench/setup.sh ($CARGO_TARGET_DIR, default target/).
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
CALLS = int(sys.argv[1]) if len(sys.argv) > 1 else 3000

# --------------------------------------------------------------------- the drivers

PY_DRIVER = r'''
import asyncio, json, os, sys, time
impl, n, base, key = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
url = base.rstrip("/") + "/auth/me"
H = {"Authorization": f"ApiKey {key}", "Accept": "application/json"}
def snap():
    out = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            comm = open(f"/proc/self/task/{tid}/comm").read().strip()
            st = open(f"/proc/self/task/{tid}/status").read()
        except OSError:
            continue
        v = int(st.split("voluntary_ctxt_switches:")[1].split()[0])
        nv = int(st.split("nonvoluntary_ctxt_switches:")[1].split()[0])
        out[tid] = (comm if tid != str(os.getpid()) else "main", v, nv)
    return out
def report(a, b, secs):
    groups = {}
    for tid, (comm, v, nv) in b.items():
        v0, nv0 = a.get(tid, (comm, 0, 0))[1:]
        g = groups.setdefault(comm, [0, 0])
        g[0] += v - v0; g[1] += nv - nv0
    print(json.dumps({"us_per_call": secs * 1e6 / n, "threads": {k: [x / n for x in g] for k, g in groups.items()}}))
if impl in ("Client", "requests.Session"):
    if impl == "Client":
        import cloudpirates
        c = cloudpirates.Client(api_key=key, base_url=base); f = c.auth.me
    else:
        import requests
        s = requests.Session()
        def f():
            r = s.get(url, headers=H); r.raise_for_status(); return r.json()
    for _ in range(50): f()
    a = snap(); t0 = time.perf_counter()
    for _ in range(n): f()
    secs = time.perf_counter() - t0; b = snap(); report(a, b, secs)
else:
    async def main():
        if impl == "AsyncClient":
            import cloudpirates
            c = cloudpirates.AsyncClient(api_key=key, base_url=base); f = c.auth.me; close = None
        else:
            import aiohttp
            s = aiohttp.ClientSession(); close = s.close
            async def f():
                async with s.get(url, headers=H) as r:
                    r.raise_for_status(); return await r.json()
        for _ in range(50): await f()
        a = snap(); t0 = time.perf_counter()
        for _ in range(n): await f()
        secs = time.perf_counter() - t0; b = snap(); report(a, b, secs)
        if close: await close()
    asyncio.run(main())
'''

NODE_DRIVER = r'''
const fs = require('node:fs');
// node -e CODE a b c: process.argv is [node, a, b, c]
const [impl, n, base, key] = [process.argv[1], Number(process.argv[2]), process.argv[3], process.argv[4]];
const url = base.replace(/\/$/, '') + '/auth/me';
const H = { Authorization: `ApiKey ${key}`, Accept: 'application/json' };
const snap = () => {
  const out = {};
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const comm = fs.readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      const st = fs.readFileSync(`/proc/self/task/${tid}/status`, 'utf8');
      const v = Number(/^voluntary_ctxt_switches:\s*(\d+)/m.exec(st)[1]);
      const nv = Number(/^nonvoluntary_ctxt_switches:\s*(\d+)/m.exec(st)[1]);
      out[tid] = [tid === String(process.pid) ? 'main' : comm, v, nv];
    } catch { /* thread gone */ }
  }
  return out;
};
(async () => {
  let f;
  if (impl === 'sdk') {
    const sdk = require(process.env.BENCH_SDK);
    const c = new sdk.Client({ apiKey: key, baseUrl: base });
    f = () => c.auth.me();
  } else {
    f = async () => { const r = await fetch(url, { headers: H }); if (!r.ok) throw new Error(String(r.status)); return r.json(); };
  }
  for (let i = 0; i < 50; i++) await f();
  const a = snap(); const t0 = performance.now();
  for (let i = 0; i < n; i++) await f();
  const secs = (performance.now() - t0) / 1000; const b = snap();
  const groups = {};
  for (const [tid, [comm, v, nv]] of Object.entries(b)) {
    const [, v0, nv0] = a[tid] || [comm, 0, 0];
    const g = (groups[comm] ??= [0, 0]); g[0] += v - v0; g[1] += nv - nv0;
  }
  const threads = Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, g.map((x) => x / n)]));
  process.stdout.write(JSON.stringify({ us_per_call: secs * 1e6 / n, threads }) + '\n');
  process.exit(0);
})();
'''


def perf_works():
    if not shutil.which("perf"):
        return False
    r = subprocess.run(["perf", "stat", "-x,", "-e", "context-switches", "true"], capture_output=True, text=True)
    return r.returncode == 0 and "not supported" not in r.stderr


def perf_counts(cmd, env):
    """(context-switches, cpu-migrations) of the whole process tree of cmd."""
    r = subprocess.run(["perf", "stat", "-x,", "-e", "context-switches,cpu-migrations", "--"] + cmd,
                       capture_output=True, text=True, env=env)
    got = {}
    for line in r.stderr.splitlines():
        parts = line.split(",")
        if len(parts) > 2 and parts[2] in ("context-switches", "cpu-migrations") and parts[0].isdigit():
            got[parts[2]] = int(parts[0])
    return got.get("context-switches"), got.get("cpu-migrations"), r.stdout


def main():
    emu = subprocess.Popen([os.path.join(T, "release", "cloudpirates-emulator"), "--port", "0", "--lag-ms", "0"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = json.loads(emu.stdout.readline())
        base, key = line["base_url"], line["api_key"]
        py = os.path.join(T, "bench-venv", "bin", "python")
        sdk = os.path.join(T, "bench-node", "node_modules", "@cloudpirates", "sdk")
        bench = os.path.join(T, "release", "cloudpirates-bench")
        env = dict(os.environ, BENCH_SDK=sdk)
        cases = [("Python", impl, lambda n, i=impl: [py, "-c", PY_DRIVER, i, str(n), base, key])
                 for impl in ("Client", "requests.Session", "AsyncClient", "aiohttp")]
        cases += [("Node", impl, lambda n, i=impl: ["node", "-e", NODE_DRIVER, i, str(n), base, key])
                  for impl in ("sdk", "fetch")]
        cases += [("Rust", impl, lambda n, i=impl: [bench, "count", "--impl", i, "--conc", "1", "--calls", str(n),
                                                     "--base-url", base, "--api-key", key])
                  for impl in ("sdk", "reqwest")]
        only = [x for x in sys.argv[2:]]  # e.g. "Python:Client" to run only that case
        if only:
            cases = [c for c in cases if f"{c[0]}:{c[1]}" in only]
        use_perf = perf_works()
        print(f"{CALLS} sequential calls per case; machine load {open('/proc/loadavg').read().split()[:3]}; "
              f"perf: {'yes' if use_perf else 'no'}\n", file=sys.stderr)
        print("| language | impl | µs/call | threads: voluntary + involuntary switches per call "
              "| perf: context switches / call | perf: cpu-migrations / call |")
        print("|---|---|---|---|---|---|")
        for lang, impl, cmd in cases:
            small = max(CALLS // 4, 1)
            if use_perf:
                cs1, mig1, out1 = perf_counts(cmd(small), env)
                cs2, mig2, out = perf_counts(cmd(CALLS), env)
            else:
                out = subprocess.run(cmd(CALLS), capture_output=True, text=True, env=env).stdout
                cs1 = cs2 = mig1 = mig2 = None
            d = CALLS - small
            cs = f"{(cs2 - cs1) / d:.2f}" if cs1 is not None and cs2 is not None else "—"
            mig = f"{(mig2 - mig1) / d:.3f}" if mig1 is not None and mig2 is not None else "—"
            us, threads = "—", "—"
            try:
                rec = json.loads(out.strip().splitlines()[-1])
                if "us_per_call" in rec:
                    us = f"{rec['us_per_call']:.0f}"
                    threads = "; ".join(f"{re.sub(r'[|]', '/', k)} {v[0]:.2f}+{v[1]:.2f}"
                                        for k, v in sorted(rec["threads"].items(), key=lambda kv: -sum(kv[1]))
                                        if sum(v) >= 0.01)
            except (ValueError, IndexError):
                pass
            print(f"| {lang} | {impl} | {us} | {threads} | {cs} | {mig} |", flush=True)
    finally:
        emu.terminate()
        emu.wait()


if __name__ == "__main__":
    main()
