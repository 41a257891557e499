// Cross-process read-your-writes (tests/cross/README.md): tests/cross/writer.mjs piped into
// tests/cross/reader.mjs, two Node processes, against one emulator with a 500 ms read lag.
// The token each writer line carries must let the reader see every write at once.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { ROOT, emulator } from './helpers.mjs';

let emu;
before(async () => {
  emu = await emulator({ lagMs: 500 });
});
after(async () => {
  await emu?.close();
});

/** Runs `node <script>` with the emulator's environment; resolves with its stdout, stderr and exit code. */
function run(script, env, stdin) {
  const child = spawn(process.execPath, [join(ROOT, 'tests', 'cross', script)], {
    env: { ...process.env, CLOUDPIRATES_BASE_URL: emu.baseUrl, CLOUDPIRATES_API_KEY: emu.apiKey, ...env },
    stdio: [stdin ?? 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
  return { child, done };
}

test('writer.mjs | reader.mjs: 100 cycles, every write seen at once through the token, the lag seen without it', { timeout: 60_000 }, async () => {
  const started = Date.now();
  const writer = run('writer.mjs', { CROSS_CYCLES: '100' });
  const reader = run('reader.mjs', {}, 'pipe');
  const lines = [];
  let buffered = '';
  writer.child.stdout.on('data', (d) => {
    buffered += d;
    const parts = buffered.split('\n');
    buffered = parts.pop();
    lines.push(...parts);
  });
  writer.child.stdout.pipe(reader.child.stdin);
  let out = '';
  reader.child.stdout.on('data', (d) => (out += d));
  const [w, r] = await Promise.all([writer.done, reader.done]);
  const elapsed = Date.now() - started;
  assert.equal(w.code, 0, `writer: ${w.stderr}`);
  assert.equal(r.code, 0, `reader: ${r.stderr}`);

  // the writer's lines, in the documented format
  assert.equal(lines.length, 100);
  const cycles = new Set();
  for (const l of lines) {
    assert.match(l, /^\{"cycle": \d+, "workspaceId": "\w+", "invitationId": "\w+", "clusterId": "\w+", "token": "cpt1\.[\w-]+"\}$/);
    cycles.add(JSON.parse(l).cycle);
  }
  assert.equal(cycles.size, 100, 'every cycle printed once');

  // the reader's summary
  const summaryLines = out.trim().split('\n');
  assert.equal(summaryLines.length, 1, out);
  assert.match(summaryLines[0], /^\{"cycles": \d+, "errors": \d+, "lagSeen": \d+\}$/);
  const summary = JSON.parse(summaryLines[0]);
  assert.ok(summary.cycles >= 100, out);
  assert.equal(summary.errors, 0, r.stderr);
  assert.ok(summary.lagSeen > 0, 'without the token the lag shows');
  assert.ok(elapsed < 45_000, `cycles run concurrently: ${elapsed} ms`);
});

test('the reader counts a write it cannot see as an error (a token that names nothing)', { timeout: 30_000 }, async () => {
  // a workspace id that exists nowhere, with a valid but empty token: the read with the
  // token must fail, and the reader must say so
  const reader = run('reader.mjs', {}, 'pipe');
  let out = '';
  reader.child.stdout.on('data', (d) => (out += d));
  const token = `cpt1.${Buffer.from('[]').toString('base64url')}`;
  reader.child.stdin.end(
    `{"cycle": 0, "workspaceId": "0000000000000000000000ff", "invitationId": "x", "clusterId": "0000000000000000000000fe", "token": "${token}"}\n`,
  );
  const r = await reader.done;
  assert.equal(r.code, 1);
  assert.deepEqual(JSON.parse(out), { cycles: 1, errors: 2, lagSeen: 1 });
  assert.match(r.stderr, /cycle 0: workspaces\.get with the token/);
});
