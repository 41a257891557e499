import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createRequire } from 'node:module';

import { APIUserAbortError, APIError } from '@cloudpirates/sdk';
import { emulator } from './helpers.mjs';

const native = createRequire(import.meta.url)('../native/index.js');
let emu;
before(async () => {
  emu = await emulator();
});
after(async () => {
  await emu?.close();
});

test('an AbortSignal cancels the request in the core', async () => {
  await emu.configure({ faults: [{ kind: 'slow', rate: 1, methods: 'reads', delayMs: 5000 }] });
  const ac = new AbortController();
  const started = Date.now();
  const p = emu.client.auth.me({ signal: ac.signal });
  setTimeout(() => ac.abort(new Error('user gave up')), 150);
  const err = await p.catch((e) => e);
  assert.ok(err instanceof APIUserAbortError, String(err));
  assert.ok(err instanceof APIError);
  assert.equal(err.cause.message, 'user gave up');
  assert.ok(Date.now() - started < 2000, 'rejected promptly, not after the slow answer');
  assert.equal(native.pendingCancelTokens(), 0, 'the cancellation token was released');
  await emu.configure({ faults: [] });
});

test('an already aborted signal rejects before sending', async () => {
  const err = await emu.client.auth.me({ signal: AbortSignal.abort() }).catch((e) => e);
  assert.ok(err instanceof APIUserAbortError);
  assert.equal(native.pendingCancelTokens(), 0);
});

test('AbortSignal.timeout works, and settled calls release their tokens', async () => {
  const me = await emu.client.auth.me({ signal: AbortSignal.timeout(5000) });
  assert.equal(me.email, emu.email);
  await emu.configure({ faults: [{ kind: 'slow', rate: 1, methods: 'reads', delayMs: 5000 }] });
  const err = await emu.client.workspaces.list({ signal: AbortSignal.timeout(100) }).catch((e) => e);
  assert.ok(err instanceof APIUserAbortError, String(err));
  await emu.configure({ faults: [] });
  // abort after completion is harmless
  const ac = new AbortController();
  await emu.client.auth.me({ signal: ac.signal });
  ac.abort();
  assert.equal(native.pendingCancelTokens(), 0);
});

test('a page fetched with a signal keeps using it for nextPage()', async () => {
  const ac = new AbortController();
  const page = await emu.client.billing.profiles.list({ limit: 1 }, { signal: ac.signal });
  ac.abort();
  await assert.rejects(page.nextPage(), APIUserAbortError);
});
