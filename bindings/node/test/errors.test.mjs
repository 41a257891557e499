// Every error class, produced by real HTTP against the emulator (faults injected through its
// control API), plus the client-side errors.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';

import {
  Client, CloudPiratesError, APIError, BadRequestError, AuthenticationError, PermissionDeniedError,
  NotFoundError, ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError,
  OutcomeUnknownError, APIConnectionError, APITimeoutError, InvalidRequestError,
} from '@cloudpirates/sdk';
import { emulator, unique } from './helpers.mjs';

const DEMO_WS = '6571f2b1e4b0a1a2b3c4d5e6';
const VIEWER_KEY = 'cpk_viewer_0a9b8c7d6e5f40312233445566778899';
let emu;

before(async () => {
  emu = await emulator();
});
afterEach(async () => {
  await emu.configure({ faults: [], lagMs: 0 });
});
after(async () => {
  await emu?.close();
});

test('400 -> BadRequestError with validation errors', async () => {
  const err = await emu.client.workspaces.create({ workspaceName: 'x' }).catch((e) => e);
  assert.ok(err instanceof BadRequestError);
  assert.ok(err instanceof APIError);
  assert.ok(err instanceof CloudPiratesError);
  assert.ok(err instanceof Error);
  assert.equal(err.name, 'BadRequestError');
  assert.equal(err.status, 400);
  assert.equal(err.validationErrors[0].keyword, 'required');
  assert.equal(err.validationErrors[0].params.missingProperty, 'workspaceKey');
  assert.ok(err.body.includes('workspaceKey'));
  assert.equal(err.attempts, 1);
});

test('400 business rule -> BadRequestError with businessError', async () => {
  const err = await emu.client.auth.register({ email: 'not-an-email', password: 'x', firstName: 'a', lastName: 'b' }).catch((e) => e);
  assert.ok(err instanceof BadRequestError);
  assert.equal(err.businessError.path, 'email');
});

test('401 -> AuthenticationError', async () => {
  const c = emu.newClient({ apiKey: 'cpk_wrong' });
  const err = await c.auth.me().catch((e) => e);
  assert.ok(err instanceof AuthenticationError);
  assert.equal(err.status, 401);
  assert.ok(!err.message.includes('cpk_wrong'));
});

test('403 -> PermissionDeniedError', async () => {
  const viewer = emu.newClient({ apiKey: VIEWER_KEY });
  const err = await viewer.workspaces.rename(DEMO_WS, { workspaceName: 'nope' }).catch((e) => e);
  assert.ok(err instanceof PermissionDeniedError, String(err));
  assert.equal(err.status, 403);
});

test('404 -> NotFoundError, at once for something this client never wrote', async () => {
  const started = Date.now();
  const err = await emu.client.clusters.get(DEMO_WS, '0000000000000000000000ff').catch((e) => e);
  assert.ok(err instanceof NotFoundError, String(err));
  assert.equal(err.status, 404);
  assert.ok(Date.now() - started < 1000);
});

test('409 -> ConflictError', async () => {
  const err = await emu.client.auth.register({ email: emu.email, password: 'Xx-12345678', firstName: 'a', lastName: 'b' }).catch((e) => e);
  assert.ok(err instanceof ConflictError, String(err));
  assert.equal(err.status, 409);
});

test('429 beyond the cap -> RateLimitError with retryAfter', async () => {
  await emu.configure({ faults: [{ kind: '429', rate: 1, methods: 'reads', retryAfter: 120 }] });
  const err = await emu.client.auth.me().catch((e) => e);
  assert.ok(err instanceof RateLimitError, String(err));
  assert.equal(err.retryAfter, 120);
  assert.equal(err.retryAfterMs, 120000);
});

test('429 is waited out when the hint is short', async () => {
  await emu.configure({ faults: [{ kind: '429', every: 1, max: 1, methods: 'reads', retryAfter: 1 }] });
  const me = await emu.client.auth.me();
  assert.equal(me.email, emu.email);
});

test('500 after retries -> InternalServerError with attempts', async () => {
  await emu.configure({ faults: [{ kind: '500', rate: 1, methods: 'reads' }] });
  const err = await emu.client.auth.me({ maxRetries: 1 }).catch((e) => e);
  assert.ok(err instanceof InternalServerError, String(err));
  assert.equal(err.status, 500);
  assert.equal(err.attempts, 2);
});

test('503 on a POST -> OutcomeUnknownError, not re-sent', async () => {
  await emu.configure({ faults: [{ kind: '503', rate: 1, methods: 'writes', outcome: 'later', delayMs: 100 }] });
  const key = unique('ou');
  const err = await emu.client.workspaces.create({ workspaceName: 'maybe', workspaceKey: key }).catch((e) => e);
  assert.ok(err instanceof OutcomeUnknownError, String(err));
  assert.equal(err.mayHaveExecuted, true);
  assert.equal(err.attempts, 1);
  await emu.configure({ faults: [] });
  // the write did happen later: find it
  let found;
  for (let i = 0; i < 40 && !found; i++) {
    found = (await emu.client.workspaces.list()).items.find((w) => w.workspaceKey === key);
    if (!found) await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(found, 'the write was applied later');
});

test('connection refused -> APIConnectionError', async () => {
  const c = new Client({ baseUrl: 'http://127.0.0.1:1/v1', apiKey: 'cpk_x', maxRetries: 0 });
  const err = await c.auth.me().catch((e) => e);
  assert.ok(err instanceof APIConnectionError, String(err));
  assert.ok(!(err instanceof APITimeoutError));
  assert.equal(err.status, undefined);
});

test('deadline -> APITimeoutError', async () => {
  await emu.configure({ faults: [{ kind: 'slow', rate: 1, methods: 'reads', delayMs: 3000 }] });
  const started = Date.now();
  const err = await emu.client.auth.me({ timeout: 300 }).catch((e) => e);
  assert.ok(err instanceof APITimeoutError, String(err));
  assert.ok(err instanceof APIConnectionError);
  assert.ok(Date.now() - started < 2500);
});

test('client-side problems -> InvalidRequestError', async () => {
  assert.throws(() => new Client({ baseUrl: 'ftp://example.com/v1', apiKey: 'k' }), InvalidRequestError);
  assert.throws(() => new Client({ baseUrl: 'http://example.com/v1', apiKey: 'k' }), InvalidRequestError);
  assert.throws(() => new Client({ apiKey: 'k', timeout: -1 }), InvalidRequestError);
  assert.throws(() => new Client({ apiKey: 'k', consistency: 'sometimes' }), InvalidRequestError);
  // an API key on a Bearer-only route is refused before sending (auth.validate takes one now)
  const err = await emu.client.auth.sessions.list().catch((e) => e);
  assert.ok(err instanceof InvalidRequestError, String(err));
  assert.ok(!(err instanceof APIError));
  await assert.rejects(emu.client.workspaces.get(undefined), InvalidRequestError);
  await assert.rejects(emu.client.workspaces.get(''), InvalidRequestError);
  await assert.rejects(emu.client.workspaces.list({ nope: 1 }), InvalidRequestError);
});

test('UnprocessableEntityError and the class table', () => {
  // The emulator never answers 422; the class exists and sits in the hierarchy.
  const e = new UnprocessableEntityError('x', { status: 422 });
  assert.ok(e instanceof APIError);
  assert.equal(e.status, 422);
  assert.equal(e.name, 'UnprocessableEntityError');
});
