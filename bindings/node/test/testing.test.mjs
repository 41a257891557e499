// `@cloudpirates/sdk/testing`: the emulator it starts goes away with the Node process, even
// when that process is killed without running its exit hooks (the emulator runs with
// --watch-stdin and holds the read end of a pipe).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { test } from 'node:test';

import { startEmulator } from '@cloudpirates/sdk/testing';

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !alive(pid);
}

test('startEmulator passes --watch-stdin and the emulator answers, with the documented defaults', async () => {
  const emu = await startEmulator({ startTimeout: 60000 }); // no lag given: the emulator's own default
  try {
    const res = await fetch(`${emu.origin}/_emulator/config`);
    assert.equal(res.status, 200);
    const cfg = await res.json();
    assert.equal(cfg.lag_ms, 150, 'a realistic read lag by default');
    assert.equal(cfg.require_activation, true);
    assert.equal(cfg.application_update_delay_ms, 30000);
    assert.equal(cfg.protect_last_owner, false);
    assert.equal(cfg.link_quirks, true);
    assert.equal((await emu.client.auth.me()).email, emu.email);
  } finally {
    await emu.close();
  }
});

test('startEmulator options set the emulator settings; configure changes them at run time', async () => {
  const emu = await startEmulator({
    startTimeout: 60000, lagMs: 0, requireActivation: false, applicationUpdateDelayMs: 100, protectLastOwner: true, linkQuirks: false,
  });
  try {
    const cfg = await emu.control('GET', 'config');
    assert.deepEqual(
      [cfg.lag_ms, cfg.require_activation, cfg.application_update_delay_ms, cfg.protect_last_owner, cfg.link_quirks],
      [0, false, 100, true, false],
    );
    const changed = await emu.configure({ linkQuirks: true, protectLastOwner: false, requireActivation: true, lagMs: 5 });
    assert.equal(changed.linkQuirks, true);
    assert.equal(changed.protectLastOwner, false);
    assert.equal(changed.requireActivation, true);
    assert.equal(changed.lagMs, 5);
    const wire = await emu.control('GET', 'config');
    assert.deepEqual(
      [wire.link_quirks, wire.protect_last_owner, wire.require_activation, wire.lag_ms],
      [true, false, true, 5],
      'converted to the emulator\'s snake_case on the wire',
    );
    assert.deepEqual(await emu.config(), changed);
  } finally {
    await emu.close();
  }
});

test('configure takes camelCase fault rules and answers them camelCase', async () => {
  const emu = await startEmulator({ startTimeout: 60000, lagMs: 0 });
  try {
    const path = '/v1/auth/me';
    const cfg = await emu.configure({
      faults: [{ kind: '429', every: 1, max: 1, methods: 'reads', pathPrefix: path, retryAfter: 1, delayMs: 7, exceptOps: ['workspaces.list'] }],
    });
    assert.deepEqual(
      { ...cfg.faults[0] },
      { kind: '429', rate: 0, every: 1, skip: 0, max: 1, methods: 'reads', pathPrefix: path, retryAfter: 1, outcome: 'applied', delayMs: 7, exceptOps: ['workspaces.list'] },
    );
    const [wire] = (await emu.control('GET', 'config')).faults;
    assert.equal(wire.path_prefix, path);
    assert.equal(wire.retry_after, 1);
    assert.equal(wire.delay_ms, 7);
    assert.deepEqual(wire.except_ops, ['workspaces.list']);
    // the rule is in force: the one 429 (Retry-After 1 s) is retried once, on the path only
    await emu.client.workspaces.list();
    const started = Date.now();
    await emu.client.auth.me();
    assert.ok(Date.now() - started >= 900, 'waited the Retry-After of the camelCase rule');
    const me = (await emu.requests()).filter((r) => r.operation === 'auth.me');
    assert.equal(me.length, 2);
  } finally {
    await emu.close();
  }
});

test('configure still takes the emulator\'s snake_case names (compat), and refuses both forms of one setting', async () => {
  const emu = await startEmulator({ startTimeout: 60000, lagMs: 0 });
  try {
    const cfg = await emu.configure({ lag_ms: 3, write_responses: 'minimal', faults: [{ kind: 'slow', rate: 1, delay_ms: 5, path_prefix: '/v1/trainings' }] });
    assert.equal(cfg.lagMs, 3);
    assert.equal(cfg.lag_ms, 3, 'the snake_case names are readable on the answer');
    assert.equal(cfg.write_responses, 'minimal');
    assert.equal(cfg.faults[0].path_prefix, '/v1/trainings');
    assert.equal(cfg.faults[0].delayMs, 5);
    assert.equal(Object.keys(cfg).includes('lag_ms'), false, 'aliases are not enumerated');
    await assert.rejects(emu.configure({ lagMs: 1, lag_ms: 2 }), /lagMs and lag_ms are the same setting/);
    await assert.rejects(emu.configure({ faults: [{ kind: '500', delayMs: 1, delay_ms: 2 }] }), /faults\[0\]: delayMs and delay_ms/);
    assert.equal((await emu.control('GET', 'config')).lag_ms, 3, 'a refused patch changes nothing');
  } finally {
    await emu.close();
  }
});

test('the emulator stops when the Node process that started it is killed (SIGKILL)', { skip: process.platform !== 'linux' && 'uses ps --ppid' }, async () => {
  const script = `
    const { startEmulator } = require('@cloudpirates/sdk/testing');
    const { execFileSync } = require('node:child_process');
    startEmulator({ startTimeout: 60000, lagMs: 0 }).then(async (emu) => {
      const pids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(process.pid)]).toString().trim().split(/\\s+/).map(Number);
      console.log(JSON.stringify({ origin: emu.origin, pids }));
      setInterval(() => {}, 1000);
    });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
  const { origin, pids } = JSON.parse(line);
  assert.equal((await fetch(`${origin}/_emulator/config`)).status, 200);
  const emulatorPids = pids.filter((p) => p !== child.pid && alive(p));
  assert.ok(emulatorPids.length >= 1, 'the emulator runs as a child of the Node process');
  child.kill('SIGKILL');
  for (const pid of emulatorPids) assert.ok(await gone(pid, 10000), `emulator ${pid} still running after its parent died`);
});
