// examples/consistency-express.mjs, run as two instances of the app (two processes, two
// SDK clients) against one emulator with a 500 ms read lag: a write served by one instance
// and a read served by the other, carrying the CloudPirates-Consistency header of the write's
// answer, sees the write at once; without the header the other instance meets the lag.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { ROOT, emulator, unique } from './helpers.mjs';

const EXAMPLE = join(ROOT, 'bindings', 'node', 'examples', 'consistency-express.mjs');
let emu;
const instances = [];

/** Starts one instance of the example on a free port; resolves with its base URL. */
async function instance() {
  const child = spawn(process.execPath, [EXAMPLE], {
    env: { ...process.env, PORT: '0', CLOUDPIRATES_BASE_URL: emu.baseUrl, CLOUDPIRATES_API_KEY: emu.apiKey },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  instances.push(child);
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`the example exited (${code})`))));
  const lines = createInterface({ input: child.stdout });
  const listening = (async () => {
    for await (const l of lines) {
      const m = /^listening on (http:\/\/\S+)$/.exec(l);
      if (m) return m[1];
    }
    throw new Error('the example printed no address');
  })();
  return Promise.race([listening, exited]);
}

before(async () => {
  emu = await emulator({ lagMs: 500 });
});
after(async () => {
  for (const c of instances) c.kill();
  await emu?.close();
});

test('a write on one instance, then a read on another carrying the header, sees the write at once', { timeout: 60_000 }, async () => {
  const [a, b] = await Promise.all([instance(), instance()]);

  const created = await fetch(`${a}/workspaces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Express', key: unique('exp') }),
  });
  assert.equal(created.status, 201);
  const ws = await created.json();
  const token = created.headers.get('cloudpirates-consistency');
  assert.match(token ?? '', /^cpt1\./, 'the answer to a write carries the token');

  // without the header the other instance's client never saw the write: the lag shows
  const blind = await fetch(`${b}/workspaces/${ws.workspaceId}`);
  assert.ok(blind.status === 404 || blind.status === 403, `expected the lag's 404/403, got ${blind.status}`);
  assert.equal(blind.headers.get('cloudpirates-consistency'), null, 'a read answers no token');

  const started = Date.now();
  const seen = await fetch(`${b}/workspaces/${ws.workspaceId}`, { headers: { 'CloudPirates-Consistency': token } });
  assert.equal(seen.status, 200);
  assert.equal((await seen.json()).workspaceId, ws.workspaceId);
  assert.ok(Date.now() - started < 5000);

  // a bad header is the client's mistake: 400 naming the problem
  const bad = await fetch(`${b}/workspaces/${ws.workspaceId}`, { headers: { 'CloudPirates-Consistency': 'garbage' } });
  assert.equal(bad.status, 400);
  assert.match((await bad.json()).message, /^consistency token refused/);
});
