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
    const changed = await emu.configure({ link_quirks: true, protect_last_owner: false, require_activation: true });
    assert.equal(changed.link_quirks, true);
    assert.equal(changed.protect_last_owner, false);
    assert.equal(changed.require_activation, true);
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
