"""Prints the results table (markdown) of one bench/run.sh run: every figure as a ratio to its
baseline measured in the same run, the latency percentiles at concurrency 1, and (when
bench/callgrind.sh ran) the instructions per call. Usage: report.py results.jsonl machine.json
[callgrind.md]"""

import json
import statistics
import sys

recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip().startswith("{")]
machine = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else {}

# aggregate the load generator's per-round lines; latency records apart
data = {}
lat = {}
for r in recs:
    k = (r["lang"], r["case"], r["impl"], r["conc"])
    if r["case"] == "me_lat":
        d = lat.setdefault((r["lang"], r["impl"], r["conc"]), {"p50": [], "p99": []})
        for q in ("p50", "p99"):
            d[q].extend(r[q] if isinstance(r[q], list) else [r[q]])
        continue
    if "round" in r:
        data.setdefault(k, {"rounds": [], "unit": r["unit"]})["rounds"].append(r["round"])
    else:
        data[k] = r
for k, r in data.items():
    if "median" not in r:
        r["median"] = statistics.median(r["rounds"])
        r["min"], r["max"] = min(r["rounds"]), max(r["rounds"])


def get(lang, case, impl, conc=1):
    return data.get((lang, case, impl, conc))


def ceiling(conc):
    for tool in ("wrk", "oha"):
        r = get("load", "me", tool, conc)
        if r:
            return tool, r
    return None, None


def fmt(r):
    if r is None:
        return "not measured"
    u = r["unit"]
    if u == "req/s":
        return f"{r['median']:,.0f} req/s ({r['min']:,.0f}–{r['max']:,.0f})"
    if u == "s":
        return f"{r['median']:.2f} s ({r['min']:.2f}–{r['max']:.2f})"
    return f"{r['median']:.1f} {u} ({r['min']:.1f}–{r['max']:.1f})"


rows = []


def cmp(label, a, b, goal=None, lower_better=False, out=None):
    """ratio = how many times faster (or cheaper) a is than b (for times and costs: b/a).

    When both sides have the same number of rounds, measured in alternation, the ratio is
    the median of the per-round ratios (each pair ran back to back, so machine drift between
    rounds cancels) and the brackets give their min–max; otherwise the ratio of the medians."""
    out = rows if out is None else out
    if a is None or b is None:
        out.append((label, fmt(a), fmt(b), "—", f"≥ {goal}x" if goal else "", "not measured"))
        return
    ra, rb = a.get("rounds") or [], b.get("rounds") or []
    if len(ra) == len(rb) and len(ra) >= 2 and all(ra) and all(rb):
        per = [(y / x) if lower_better else (x / y) for x, y in zip(ra, rb)]
        ratio = statistics.median(per)
        shown = f"{ratio:.2f}x ({min(per):.2f}–{max(per):.2f})"
    else:
        ratio = (b["median"] / a["median"]) if lower_better else (a["median"] / b["median"])
        shown = f"{ratio:.2f}x"
    ok = "" if goal is None else ("met" if ratio >= goal else "MISSED")
    out.append((label, fmt(a), fmt(b), shown, f"≥ {goal}x" if goal else "(info)", ok))


t1, c1 = ceiling(1)
t64, c64 = ceiling(64)
rows_ceiling = [(f"{t1 or 'load generator'} c=1", fmt(c1)), (f"{t64 or 'load generator'} c=64", fmt(c64))]

# Rust
cmp("Rust `auth.me()` vs raw reqwest, c=1", get("rust", "me", "sdk", 1), get("rust", "me", "reqwest", 1), 0.95)
cmp("Rust `auth.me()` vs raw reqwest, c=64", get("rust", "me", "sdk", 64), get("rust", "me", "reqwest", 64), 0.95)
cmp("Rust `auth.me()` vs reqwest decoding into the core's `Identity`, c=1", get("rust", "me", "sdk", 1),
    get("rust", "me", "reqwest+Identity", 1))
cmp("Rust `auth.me()` vs reqwest decoding into the core's `Identity`, c=64", get("rust", "me", "sdk", 64),
    get("rust", "me", "reqwest+Identity", 64))
cmp("Rust `auth.me()` c=1 vs load generator c=1", get("rust", "me", "sdk", 1), c1)
cmp("Rust `auth.me()` c=64 vs load generator c=64", get("rust", "me", "sdk", 64), c64)
cmp("Rust pagination 100k items: `list_all` vs reqwest loop (speed)", get("rust", "pages", "sdk"),
    get("rust", "pages", "reqwest"), 0.95, lower_better=True)
# Python
ps = get("python", "me", "sdk Client", 1)
cmp("Python `Client` vs `requests.Session` (sequential)", ps, get("python", "me", "requests.Session", 1), 4)
cmp("Python `Client` vs `httpx.Client` (sequential)", ps, get("python", "me", "httpx.Client", 1), 2.5)
# wrk -c1 ran inside the Python harness, alternating with the clients (paired); else the
# load generator's own section (not paired)
pw = get("python", "me", "wrk", 1)
cmp("Python `Client` vs `wrk` c=1" + (" (paired)" if pw else " (load generator section, not paired)"),
    ps, pw or c1, 0.75)
cmp("Python `AsyncClient` vs `aiohttp`, c=1", get("python", "me", "sdk AsyncClient", 1), get("python", "me", "aiohttp", 1))
pa = get("python", "me", "sdk AsyncClient", 64)
cmp("Python `AsyncClient` vs `aiohttp`, 64 concurrent", pa, get("python", "me", "aiohttp", 64), 3)
cmp("Python `AsyncClient` vs `httpx.AsyncClient`, 64 concurrent", pa, get("python", "me", "httpx.AsyncClient", 64), 10)
cmp("Python pagination 100k items: `list_all` vs requests loop (speed)", get("python", "pages", "sdk Client.list_all"),
    get("python", "pages", "requests.Session"), lower_better=True)
# Node
cmp("Node SDK vs `fetch`, c=1", get("node", "me", "sdk Client", 1), get("node", "me", "fetch", 1), 1.5)
cmp("Node SDK vs `fetch`, c=64", get("node", "me", "sdk Client", 64), get("node", "me", "fetch", 64), 1.5)
cmp("Node pagination 100k items: `listAll` vs fetch loop (speed)", get("node", "pages", "sdk listAll"),
    get("node", "pages", "fetch"), lower_better=True)

# CPU per call: the client process's own CPU time (all its threads) over the measured
# window, divided by the calls made. Far steadier than throughput on a shared VM, and the
# direct measure of per-call overhead. Ratio > 1 = the SDK spends less CPU per call.
cpu_rows = []
for label, lang, s_impl, b_impl, conc, goal in (
    ("Rust `auth.me()` vs raw reqwest, c=1", "rust", "sdk", "reqwest", 1, 0.95),
    ("Rust `auth.me()` vs raw reqwest, c=64", "rust", "sdk", "reqwest", 64, 0.95),
    ("Rust `auth.me()` vs reqwest decoding into the core's `Identity`, c=64", "rust", "sdk", "reqwest+Identity", 64, None),
    ("Python `Client` vs `requests.Session`", "python", "sdk Client", "requests.Session", 1, None),
    ("Python `Client` vs `httpx.Client`", "python", "sdk Client", "httpx.Client", 1, None),
    ("Python `AsyncClient` vs `aiohttp`, c=1", "python", "sdk AsyncClient", "aiohttp", 1, None),
    ("Python `AsyncClient` vs `aiohttp`, 64", "python", "sdk AsyncClient", "aiohttp", 64, None),
    ("Python `AsyncClient` vs `httpx.AsyncClient`, 64", "python", "sdk AsyncClient", "httpx.AsyncClient", 64, None),
    ("Node SDK vs `fetch`, c=1", "node", "sdk Client", "fetch", 1, None),
    ("Node SDK vs `fetch`, c=64", "node", "sdk Client", "fetch", 64, None),
):
    a, b = get(lang, "me_cpu", s_impl, conc), get(lang, "me_cpu", b_impl, conc)
    if a is not None or b is not None:
        cmp(label, a, b, goal, lower_better=True, out=cpu_rows)

# latency at concurrency 1: per implementation, the median over rounds of each round's p50,
# p99 and p99/p50 (min–max in brackets)
def lat_stats(lang, impl):
    d = lat.get((lang, impl, 1))
    if not d or not d["p50"]:
        return None
    tails = [b / a for a, b in zip(d["p50"], d["p99"]) if a]
    return {q: (statistics.median(v), min(v), max(v)) for q, v in (("p50", d["p50"]), ("p99", d["p99"]), ("tail", tails))}


def lat_fmt(st, q, unit=" µs", prec=0):
    if st is None:
        return "not measured"
    m, lo, hi = st[q]
    return f"{m:,.{prec}f}{unit} ({lo:,.{prec}f}–{hi:,.{prec}f})"


lat_impls = [("Rust", "rust", i) for i in ("sdk", "reqwest", "reqwest+Identity")] + \
    [("Python", "python", i) for i in ("sdk Client", "requests.Session", "httpx.Client", "wrk",
                                       "sdk AsyncClient", "aiohttp")] + \
    [("Node", "node", i) for i in ("sdk Client", "fetch")] + \
    [("load generator", "load", i) for i in ("wrk", "oha")]
lat_rows = [(lang, impl, lat_stats(key, impl)) for lang, key, impl in lat_impls if lat_stats(key, impl)]
tail_rows = []
for label, key, s_impl, b_impl in (
    ("Rust `auth.me()` vs raw reqwest", "rust", "sdk", "reqwest"),
    ("Python `Client` vs `requests.Session`", "python", "sdk Client", "requests.Session"),
    ("Python `Client` vs `httpx.Client`", "python", "sdk Client", "httpx.Client"),
    ("Python `AsyncClient` vs `aiohttp`", "python", "sdk AsyncClient", "aiohttp"),
    ("Node SDK vs `fetch`", "node", "sdk Client", "fetch"),
):
    a, b = lat_stats(key, s_impl), lat_stats(key, b_impl)
    if a is None and b is None:
        continue
    if a is None or b is None:
        tail_rows.append((label, lat_fmt(a, "tail", "", 2), lat_fmt(b, "tail", "", 2), "—", "not measured"))
        continue
    d50, d99 = lat[(key, s_impl, 1)], lat[(key, b_impl, 1)]
    # paired per round: baseline p50 / SDK p50 (> 1 = the SDK answers sooner)
    speed = [y / x for x, y in zip(d50["p50"], d99["p50"]) if x]
    ok = "met" if a["tail"][0] <= b["tail"][0] else "MISSED"
    tail_rows.append((label, lat_fmt(a, "tail", "", 2), lat_fmt(b, "tail", "", 2),
                      f"{statistics.median(speed):.2f}x ({min(speed):.2f}–{max(speed):.2f})" if speed else "—", ok))

print("## Results\n")
print(f"Machine: {machine.get('nproc', '?')} CPUs, {machine.get('cpu', '?')}; load average (1/5/15 min) "
      f"{' '.join(machine.get('loadavg_start', []))} at start, {' '.join(machine.get('loadavg_end', []))} at end; "
      f"measuring took {machine.get('measure_seconds', '?')} s; CPU stolen by the hypervisor meanwhile: "
      f"{machine.get('steal_percent', '?')}%; "
      + ("**pinned** (diagnostic run, BENCH_PIN=1): servers on the last CPU, clients on the others."
         if machine.get("pinned") else "**unpinned** (the kernel places client and server, as for users).") + "\n")
print("Ceiling (load generator, `GET /v1/auth/me` with the seeded API key, median of rounds, min–max):\n")
print("| case | throughput |\n|---|---|")
for a, b in rows_ceiling:
    print(f"| {a} | {b} |")
print("\nRatios (median of rounds; min–max in brackets; ratio > 1 = the SDK is faster):\n")
print("| comparison | SDK | baseline | ratio | goal | |\n|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")

if cpu_rows:
    print("\nClient CPU per call (the client process's CPU time, all threads, per call; "
          "ratio = baseline / SDK, > 1 = the SDK spends less):\n")
    print("| comparison | SDK | baseline | ratio | goal | |\n|---|---|---|---|---|---|")
    for r in cpu_rows:
        print("| " + " | ".join(r) + " |")

if lat_rows:
    print("\nLatency per call at concurrency 1 (each round's p50 and p99 over every call of the round; "
          "median of rounds, min–max in brackets; every harness times its own calls, the load "
          "generator reports its own):\n")
    print("| language | impl | p50 | p99 | p99/p50 |\n|---|---|---|---|---|")
    for lang, impl, st in lat_rows:
        print(f"| {lang} | {impl} | {lat_fmt(st, 'p50')} | {lat_fmt(st, 'p99')} | {lat_fmt(st, 'tail', '', 2)} |")
if tail_rows:
    print("\nTail at concurrency 1 (goal: the SDK's p99/p50 no worse than its baseline's; "
          "p50 ratio = baseline p50 / SDK p50 per round, > 1 = the SDK answers sooner):\n")
    print("| comparison | SDK p99/p50 | baseline p99/p50 | p50 ratio | goal |\n|---|---|---|---|---|")
    for r in tail_rows:
        print("| " + " | ".join(r) + " |")

print("\nPagination memory (peak RSS growth while iterating 100,000 items over 5,000 pages, median of rounds; goal < 30 MB):\n")
print("| language | SDK | hand-written | goal |\n|---|---|---|---|")
for lang, s, b in (("Rust", "sdk", "reqwest"), ("Python", "sdk Client.list_all", "requests.Session"),
                   ("Node", "sdk listAll", "fetch")):
    rs, rb = get(lang.lower(), "pages", s), get(lang.lower(), "pages", b)
    f = lambda r: "not measured" if r is None else f"{r['growth_mb_median']:.1f} MB ({min(r['growth_mb']):.1f}–{max(r['growth_mb']):.1f}), {r['items']} items"
    goal = "—" if rs is None else ("met" if rs["growth_mb_median"] < 30 else "MISSED")
    print(f"| {lang} | {f(rs)} | {f(rb)} | {goal} |")

print("\nStart-up (goal: adds < 50 ms):\n")
print("| what | time | added | goal |\n|---|---|---|---|")
for lang, base, imp in (("python", "python -c pass", "import cloudpirates"), ("node", 'node -e ""', "require sdk")):
    rb, ri = get(lang, "import", base), get(lang, "import", imp)
    if ri is None:
        print(f"| {imp} | not measured | | |")
        continue
    print(f"| {base} | {fmt(rb)} | | |")
    print(f"| {imp} | {fmt(ri)} | {ri['added_ms']:.1f} ms | {'met' if ri['added_ms'] < 50 else 'MISSED'} |")


# instructions per call (bench/callgrind.sh), when it ran
if len(sys.argv) > 3:
    try:
        cg = open(sys.argv[3]).read().strip()
    except OSError:
        cg = ""
    print("\nInstructions per call under callgrind (`bench/callgrind.sh`: the Rust core against raw "
          "reqwest; repeatable where wall-clock figures are not):\n")
    print(cg if cg else "not measured (BENCH_CALLGRIND=0, or valgrind missing)")
