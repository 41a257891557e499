// Node benchmarks: @cloudpirates/sdk against fetch (undici, built into Node).
// Not a test. Run through bench/run.sh. Environment: CP_BASE_URL, CP_API_KEY, CP_PAGES_URL,
// BENCH_SECS, BENCH_ROUNDS, BENCH_SDK (directory of the package to load; default
// '@cloudpirates/sdk' from the bench-local node_modules).
//   node bench.cjs                        every case
//   node bench.cjs paginate IMPL URL KEY  one pagination run (subprocess, own peak RSS)
'use strict';
const fs = require('node:fs');
const { spawnSync, execFileSync } = require('node:child_process');

const BASE = process.env.CP_BASE_URL || '';
const KEY = process.env.CP_API_KEY || '';
const PAGES = process.env.CP_PAGES_URL || '';
const SECS = Number(process.env.BENCH_SECS || 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SDK = process.env.BENCH_SDK || '@cloudpirates/sdk';
const HEADERS = { Authorization: `ApiKey ${KEY}`, Accept: 'application/json' };

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

function emit(c, impl, conc, unit, rounds, extra = {}) {
  const rec = { lang: 'node', case: c, impl, conc, unit, rounds, median: median(rounds),
    min: Math.min(...rounds), max: Math.max(...rounds), ...extra };
  process.stdout.write(JSON.stringify(rec) + '\n');
  process.stderr.write(`node ${c.padEnd(6)} ${impl.padEnd(16)} c=${String(conc).padEnd(3)} median ${rec.median.toFixed(1)} ${unit}  rounds ${JSON.stringify(rounds.map((r) => Math.round(r * 10) / 10))}\n`);
}

function loadSdk() {
  try {
    return require(SDK);
  } catch (e) {
    process.stderr.write(`node: ${SDK} not available: ${e.message}\n`);
    return null;
  }
}

// The q-quantile (0..1) of v by nearest rank.
const percentile = (v, q) => {
  const s = [...v].sort((a, b) => a - b);
  const rank = Math.ceil(Math.round(q * s.length * 1e6) / 1e6);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
};

// conc loops calling `call` for secs seconds: calls/s, the process's CPU µs per call, and at
// conc=1 the latency of every counted call in µs.
async function rate(call, conc, secs) {
  let count = 0;
  let counting = false;
  let stop = false;
  const lat = [];
  const worker = async () => {
    while (!stop) {
      const a = performance.now();
      await call();
      if (counting) {
        count++;
        if (conc === 1) lat.push((performance.now() - a) * 1000);
      }
    }
  };
  const tasks = Array.from({ length: conc }, worker);
  await new Promise((r) => setTimeout(r, 300));
  counting = true;
  const t0 = performance.now();
  const c0 = process.cpuUsage(); // every thread of this process: the client's own cost
  await new Promise((r) => setTimeout(r, secs * 1000));
  counting = false;
  const el = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  stop = true;
  await Promise.all(tasks);
  return { rate: count / el, cpuUs: (c.user + c.system) / Math.max(count, 1), lat };
}

async function benchMe(sdk) {
  const url = BASE.replace(/\/$/, '') + '/auth/me';
  for (const conc of [1, 64]) {
    const impls = {};
    if (sdk) {
      const client = new sdk.Client({ apiKey: KEY, baseUrl: BASE });
      impls['sdk Client'] = () => client.auth.me();
    }
    impls['fetch'] = async () => {
      const r = await fetch(url, { headers: HEADERS });
      if (!r.ok) throw new Error(`status ${r.status}`);
      return r.json();
    };
    const names = Object.keys(impls);
    const res = Object.fromEntries(names.map((k) => [k, []]));
    const cpu = Object.fromEntries(names.map((k) => [k, []]));
    const lat = Object.fromEntries(names.map((k) => [k, { p50: [], p99: [] }]));
    for (let rnd = 0; rnd < ROUNDS; rnd++) {
      const order = rnd % 2 ? [...names].reverse() : names;
      for (const k of order) {
        const r = await rate(impls[k], conc, SECS);
        res[k].push(r.rate);
        cpu[k].push(r.cpuUs);
        if (r.lat.length) {
          lat[k].p50.push(percentile(r.lat, 0.5));
          lat[k].p99.push(percentile(r.lat, 0.99));
        }
      }
    }
    for (const k of names) {
      emit('me', k, conc, 'req/s', res[k]);
      emit('me_cpu', k, conc, 'µs CPU/call', cpu[k]);
      if (lat[k].p50.length) {
        process.stdout.write(JSON.stringify({ lang: 'node', case: 'me_lat', impl: k, conc, unit: 'µs', ...lat[k] }) + '\n');
        process.stderr.write(`node me_lat ${k.padEnd(16)} c=${conc} p50 ${median(lat[k].p50).toFixed(0)} µs  p99 ${median(lat[k].p99).toFixed(0)} µs\n`);
      }
    }
  }
}

function rssKb(field) {
  const line = fs.readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith(field));
  return line ? Number(line.split(/\s+/)[1]) : 0;
}

async function paginate(impl, base, key) {
  const headers = { Authorization: `ApiKey ${key}`, Accept: 'application/json' };
  const url = base.replace(/\/$/, '') + '/trainings';
  let client;
  if (impl === 'sdk') {
    const sdk = require(SDK);
    client = new sdk.Client({ apiKey: key, baseUrl: base });
    await client.trainings.list({ limit: 1 });
  } else {
    await (await fetch(`${url}?limit=1`, { headers })).json();
  }
  try { fs.writeFileSync('/proc/self/clear_refs', '5'); } catch { /* not permitted */ }
  const before = rssKb('VmRSS:');
  const t0 = performance.now();
  let n = 0;
  if (impl === 'sdk') {
    for await (const t of client.trainings.listAll({ limit: 20 })) { if (t) n++; }
  } else {
    let offset = 0;
    for (;;) {
      const r = await fetch(`${url}?limit=20&offset=${offset}`, { headers });
      if (!r.ok) throw new Error(`status ${r.status}`);
      const total = Number(r.headers.get('x-total') || 0);
      const rows = await r.json();
      for (const t of rows) { if (t) n++; }
      offset += 20;
      if (rows.length === 0 || offset >= total) break;
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const peak = rssKb('VmHWM:');
  process.stdout.write(JSON.stringify({ impl, items: n, secs, growth_mb: (peak - before) / 1024 }) + '\n');
  if (client && client.close) await client.close();
}

function benchPages(sdk) {
  const impls = sdk ? ['sdk', 'fetch'] : ['fetch'];
  const res = Object.fromEntries(impls.map((k) => [k, { t: [], m: [], items: 0 }]));
  for (let rnd = 0; rnd < ROUNDS; rnd++) {
    const order = rnd % 2 ? [...impls].reverse() : impls;
    for (const k of order) {
      const out = spawnSync(process.execPath, [__filename, 'paginate', k, PAGES, KEY], { encoding: 'utf8', env: process.env });
      try {
        const v = JSON.parse(out.stdout.trim().split('\n').pop());
        res[k].t.push(v.secs); res[k].m.push(v.growth_mb); res[k].items = v.items;
      } catch {
        process.stderr.write(`node paginate ${k} failed: ${out.stderr.slice(-2000)}\n`);
      }
    }
  }
  for (const k of impls) {
    if (res[k].t.length) emit('pages', k === 'sdk' ? 'sdk listAll' : 'fetch', 1, 's', res[k].t,
      { items: res[k].items, growth_mb: res[k].m, growth_mb_median: median(res[k].m) });
  }
}

function benchLoad(sdk) {
  if (!sdk) return;
  const run = (code, n = 15) => {
    const ts = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      execFileSync(process.execPath, ['-e', code], { env: process.env });
      ts.push(performance.now() - t0);
    }
    return ts;
  };
  const base = run('');
  const load = run(`require(${JSON.stringify(SDK)})`);
  emit('import', 'node -e ""', 1, 'ms', base);
  emit('import', 'require sdk', 1, 'ms', load, { added_ms: median(load) - median(base) });
}

async function main() {
  if (process.argv[2] === 'paginate') {
    await paginate(process.argv[3], process.argv[4], process.argv[5]);
    return;
  }
  const only = process.env.BENCH_ONLY || '';
  const sdk = loadSdk();
  if (!only || only === 'import') benchLoad(sdk);
  if (!only || only === 'me') await benchMe(sdk);
  if ((!only || only === 'pages') && PAGES) benchPages(sdk);
  process.exit(0);
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
