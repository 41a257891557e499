"""Prints the results table (markdown) of one bench/run.sh run: every figure as a ratio to its
baseline measured in the same run. Usage: report.py results.jsonl machine.json"""

import json
import statistics
import sys

recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip().startswith("{")]
machine = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else {}

# aggregate the load generator's per-round lines
data = {}
for r in recs:
    k = (r["lang"], r["case"], r["impl"], r["conc"])
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
cmp("Python `Client` vs load generator c=1", ps, c1, 0.75)
pa = get("python", "me", "sdk AsyncClient", 64)
cmp("Python `AsyncClient` vs `aiohttp`, 64 concurrent", pa, get("python", "me", "aiohttp", 64), 1.5)
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
    ("Python `AsyncClient` vs `aiohttp`, 64", "python", "sdk AsyncClient", "aiohttp", 64, None),
    ("Python `AsyncClient` vs `httpx.AsyncClient`, 64", "python", "sdk AsyncClient", "httpx.AsyncClient", 64, None),
    ("Node SDK vs `fetch`, c=1", "node", "sdk Client", "fetch", 1, None),
    ("Node SDK vs `fetch`, c=64", "node", "sdk Client", "fetch", 64, None),
):
    a, b = get(lang, "me_cpu", s_impl, conc), get(lang, "me_cpu", b_impl, conc)
    if a is not None or b is not None:
        cmp(label, a, b, goal, lower_better=True, out=cpu_rows)

print("## Results\n")
print(f"Machine: {machine.get('nproc', '?')} CPUs, {machine.get('cpu', '?')}; load average (1/5/15 min) "
      f"{' '.join(machine.get('loadavg_start', []))} at start, {' '.join(machine.get('loadavg_end', []))} at end; "
      f"measuring took {machine.get('measure_seconds', '?')} s; CPU stolen by the hypervisor meanwhile: "
      f"{machine.get('steal_percent', '?')}%; "
      + ("servers pinned to the last CPU, clients to the others." if machine.get("pinned")
         else "nothing pinned.") + "\n")
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
