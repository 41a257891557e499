"""Python benchmarks: the `cloudpirates` package against requests, httpx and aiohttp.

Not a test. Run through bench/run.sh. Environment: CP_BASE_URL, CP_API_KEY (emulator),
CP_PAGES_URL (an emulator seeded with 100,000 trainings), BENCH_SECS, BENCH_ROUNDS.
Prints one JSON line per case on stdout, a human summary on stderr.

    python bench.py                      # every case
    python bench.py paginate IMPL URL KEY  # one pagination run (subprocess, own peak RSS)
"""

import asyncio
import json
import math
import os
import statistics
import subprocess
import sys
import time

BASE = os.environ.get("CP_BASE_URL", "")
KEY = os.environ.get("CP_API_KEY", "")
PAGES = os.environ.get("CP_PAGES_URL", "")
SECS = float(os.environ.get("BENCH_SECS", "3"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
HEADERS = {"Authorization": f"ApiKey {KEY}", "Accept": "application/json"}


def emit(case, impl, conc, unit, rounds, **extra):
    rec = {"lang": "python", "case": case, "impl": impl, "conc": conc, "unit": unit,
           "rounds": rounds, "median": statistics.median(rounds) if rounds else None,
           "min": min(rounds) if rounds else None, "max": max(rounds) if rounds else None}
    rec.update(extra)
    print(json.dumps(rec), flush=True)
    shown = [round(r, 1) for r in rounds]
    print(f"python {case:6} {impl:16} c={conc:<3} median {rec['median']:.1f} {unit}  rounds {shown}",
          file=sys.stderr, flush=True)


def have(mod):
    try:
        __import__(mod)
        return True
    except Exception as e:  # noqa: BLE001
        print(f"python: {mod} not available: {e!r}", file=sys.stderr)
        return False


# ------------------------------------------------------------------ sequential

def percentile(v, q):
    """The q-quantile (0..1) of v by nearest rank; None when v is empty."""
    if not v:
        return None
    s = sorted(v)
    rank = math.ceil(round(q * len(s), 6))  # round: 0.99 * 100 is 99.00000000000001
    return s[min(len(s), max(1, rank)) - 1]


def timed_loop(fn, secs):
    """Calls fn for secs seconds (after 20 warm-up calls); answers calls/s, the process's CPU
    µs per call, and the latency of every call in µs."""
    for _ in range(20):  # warm-up: connection opened
        fn()
    lat = []
    clock = time.perf_counter_ns
    t0 = time.perf_counter()
    c0 = time.process_time()  # CPU of every thread of this process: the client's own cost
    end = t0 + secs
    while True:
        for _ in range(10):
            a = clock()
            fn()
            lat.append((clock() - a) / 1000)
        now = time.perf_counter()
        if now >= end:
            n = len(lat)
            return n / (now - t0), (time.process_time() - c0) * 1e6 / n, lat


WRK_LAT = {"us": 1, "ms": 1000, "s": 1_000_000}


def wrk_c1(secs):
    """One `wrk -t1 -c1 --latency` run on the same URL (BENCH_WRK names the binary): the load
    generator's figures paired with the clients' in the same rounds. Answers req/s, p50, p99 (µs)."""
    import re
    out = subprocess.run([os.environ["BENCH_WRK"], "-t1", "-c1", f"-d{max(1, round(secs))}s", "--latency",
                          "-H", f"Authorization: ApiKey {KEY}", "-H", "Accept: application/json",
                          BASE.rstrip("/") + "/auth/me"], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s*([\d.]+)", out).group(1))
    pct = {m.group(1): float(m.group(2)) * WRK_LAT[m.group(3)]
           for m in re.finditer(r"^\s*(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)}
    return rps, pct.get("50"), pct.get("99")


def emit_lat(impl, conc, p50s, p99s):
    """The latency record of one implementation: per round p50 and p99 in µs."""
    print(json.dumps({"lang": "python", "case": "me_lat", "impl": impl, "conc": conc, "unit": "µs",
                      "p50": p50s, "p99": p99s}), flush=True)
    med = statistics.median
    print(f"python me_lat {impl:16} c={conc:<3} p50 {med(p50s):.0f} µs  p99 {med(p99s):.0f} µs",
          file=sys.stderr, flush=True)


def bench_sync():
    url = BASE.rstrip("/") + "/auth/me"
    impls = {}
    if have("cloudpirates"):
        import cloudpirates
        c = cloudpirates.Client(api_key=KEY, base_url=BASE)
        impls["sdk Client"] = lambda: c.auth.me()
    if have("requests"):
        import requests
        s = requests.Session()

        def req():
            r = s.get(url, headers=HEADERS)
            r.raise_for_status()
            return r.json()
        impls["requests.Session"] = req
    if have("httpx"):
        import httpx
        hc = httpx.Client()

        def hx():
            r = hc.get(url, headers=HEADERS)
            r.raise_for_status()
            return r.json()
        impls["httpx.Client"] = hx
    if os.environ.get("BENCH_WRK"):
        impls["wrk"] = None  # the load generator, run in the same alternation
    res = {k: [] for k in impls}
    cpu = {k: [] for k in impls}
    lat = {k: ([], []) for k in impls}
    names = list(impls)
    for rnd in range(ROUNDS):
        order = names if rnd % 2 == 0 else list(reversed(names))
        for k in order:
            if k == "wrk":
                try:
                    rate, p50, p99 = wrk_c1(SECS)
                except (OSError, subprocess.SubprocessError, AttributeError) as e:
                    print(f"python: wrk failed: {e!r}", file=sys.stderr)
                    continue
                res[k].append(rate)
                if p50 and p99:
                    lat[k][0].append(p50)
                    lat[k][1].append(p99)
                continue
            rate, us, ls = timed_loop(impls[k], SECS)
            res[k].append(rate)
            cpu[k].append(us)
            lat[k][0].append(percentile(ls, 0.50))
            lat[k][1].append(percentile(ls, 0.99))
    for k in names:
        if res[k]:
            emit("me", k, 1, "req/s", res[k])
        if cpu[k]:
            emit("me_cpu", k, 1, "µs CPU/call", cpu[k])
        if lat[k][0]:
            emit_lat(k, 1, *lat[k])


# ------------------------------------------------------------------ asyncio, 64 concurrent

async def async_rate(call, conc, secs):
    """conc tasks calling `call` in a loop for secs seconds: calls/s, CPU µs per call, and at
    conc=1 the latency of every counted call in µs."""
    count = 0
    counting = False
    stop = False
    lat = []
    clock = time.perf_counter_ns

    async def worker():
        nonlocal count
        while not stop:
            a = clock()
            await call()
            if counting:
                count += 1
                if conc == 1:
                    lat.append((clock() - a) / 1000)
    tasks = [asyncio.ensure_future(worker()) for _ in range(conc)]
    await asyncio.sleep(0.3)
    counting = True
    t0 = time.perf_counter()
    c0 = time.process_time()
    await asyncio.sleep(secs)
    counting = False
    el = time.perf_counter() - t0
    us = (time.process_time() - c0) * 1e6 / max(count, 1)
    stop = True
    await asyncio.gather(*tasks)
    return count / el, us, lat


async def bench_async_main(conc=64, which=None):
    url = BASE.rstrip("/") + "/auth/me"
    impls = {}
    closers = []
    if have("cloudpirates"):
        import cloudpirates
        ac = cloudpirates.AsyncClient(api_key=KEY, base_url=BASE)

        async def sdk():
            return await ac.auth.me()
        impls["sdk AsyncClient"] = sdk
    if have("httpx"):
        import httpx
        hc = httpx.AsyncClient(limits=httpx.Limits(max_connections=conc, max_keepalive_connections=conc))
        closers.append(hc.aclose)

        async def hx():
            r = await hc.get(url, headers=HEADERS)
            r.raise_for_status()
            return r.json()
        impls["httpx.AsyncClient"] = hx
    if have("aiohttp"):
        import aiohttp
        sess = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=conc))
        closers.append(sess.close)

        async def aio():
            async with sess.get(url, headers=HEADERS) as r:
                r.raise_for_status()
                return await r.json()
        impls["aiohttp"] = aio
    if which is not None:
        impls = {k: v for k, v in impls.items() if k in which}
    res = {k: [] for k in impls}
    cpu = {k: [] for k in impls}
    lat = {k: ([], []) for k in impls}
    names = list(impls)
    for rnd in range(ROUNDS):
        order = names if rnd % 2 == 0 else list(reversed(names))
        for k in order:
            rate, us, ls = await async_rate(impls[k], conc, SECS)
            res[k].append(rate)
            cpu[k].append(us)
            if ls:
                lat[k][0].append(percentile(ls, 0.50))
                lat[k][1].append(percentile(ls, 0.99))
    for k in names:
        emit("me", k, conc, "req/s", res[k])
        emit("me_cpu", k, conc, "µs CPU/call", cpu[k])
        if lat[k][0]:
            emit_lat(k, conc, *lat[k])
    for c in closers:
        await c()


# ------------------------------------------------------------------ pagination

def rss_kb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1])
    return 0


def paginate(impl, base, key):
    headers = {"Authorization": f"ApiKey {key}", "Accept": "application/json"}
    url = base.rstrip("/") + "/trainings"
    if impl == "sdk":
        import cloudpirates
        c = cloudpirates.Client(api_key=key, base_url=base)
        c.trainings.list(limit=1)
    else:
        import requests
        s = requests.Session()
        s.get(url, params={"limit": 1}, headers=headers)
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass
    before = rss_kb("VmRSS:")
    t0 = time.perf_counter()
    n = 0
    if impl == "sdk":
        for _ in c.trainings.list_all(limit=20):
            n += 1
    else:
        offset = 0
        while True:
            r = s.get(url, params={"limit": 20, "offset": offset}, headers=headers)
            r.raise_for_status()
            total = int(r.headers.get("x-total", "0"))
            rows = r.json()
            for _ in rows:
                n += 1
            offset += 20
            if not rows or offset >= total:
                break
    secs = time.perf_counter() - t0
    peak = rss_kb("VmHWM:")
    print(json.dumps({"impl": impl, "items": n, "secs": secs, "growth_mb": (peak - before) / 1024}))


def bench_pages():
    impls = []
    if have("cloudpirates"):
        impls.append("sdk")
    if have("requests"):
        impls.append("requests")
    res = {k: ([], [], 0) for k in impls}
    for rnd in range(ROUNDS):
        order = impls if rnd % 2 == 0 else list(reversed(impls))
        for k in order:
            out = subprocess.run([sys.executable, __file__, "paginate", k, PAGES, KEY],
                                 capture_output=True, text=True)
            try:
                v = json.loads(out.stdout.strip().splitlines()[-1])
            except Exception:  # noqa: BLE001
                print(f"python paginate {k} failed: {out.stderr[-2000:]}", file=sys.stderr)
                continue
            res[k][0].append(v["secs"])
            res[k][1].append(v["growth_mb"])
            res[k] = (res[k][0], res[k][1], v["items"])
    for k in impls:
        t, m, items = res[k]
        if t:
            emit("pages", "sdk Client.list_all" if k == "sdk" else "requests.Session", 1, "s", t,
                 items=items, growth_mb=m, growth_mb_median=statistics.median(m))


# ------------------------------------------------------------------ import time

def bench_import():
    def run(code, n=15):
        ts = []
        for _ in range(n):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            ts.append((time.perf_counter() - t0) * 1000)
        return ts
    if not have("cloudpirates"):
        return
    base = run("pass")
    imp = run("import cloudpirates")
    added = [i - statistics.median(base) for i in imp]
    emit("import", "python -c pass", 1, "ms", base)
    emit("import", "import cloudpirates", 1, "ms", imp, added_ms=statistics.median(added))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "paginate":
        paginate(sys.argv[2], sys.argv[3], sys.argv[4])
        return
    only = os.environ.get("BENCH_ONLY", "")
    if not only or only == "import":
        bench_import()
    if not only or only == "me":
        bench_sync()
        # concurrency 1: latency of AsyncClient against aiohttp (httpx.AsyncClient only at 64)
        asyncio.run(bench_async_main(1, which=("sdk AsyncClient", "aiohttp")))
        asyncio.run(bench_async_main(64))
    if (not only or only == "pages") and PAGES:
        bench_pages()


if __name__ == "__main__":
    main()
