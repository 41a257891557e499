// Per-call options reaching the wire (seen in the emulator's request journal) and the raw
// response beside the decoded value (`.withResponse()`), over real HTTP.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { createRequire } from 'node:module';

import {
  APIError,
  APIPromise,
  APITimeoutError,
  APIUserAbortError,
  InvalidRequestError,
  NotFoundError,
  Page,
  PermissionDeniedError,
} from '@cloudpirates/sdk';
import { emulator, unique } from './helpers.mjs';

const native = createRequire(import.meta.url)('../native/index.js');
let emu;
let WS; // the demo workspace
before(async () => {
  emu = await emulator();
  WS = (await emu.client.workspaces.list()).items[0].workspaceId;
});
after(async () => {
  await emu?.close();
});
beforeEach(async () => {
  await emu.configure({ faults: [], lagMs: 0 });
  await emu.clearRequests();
});

async function sent(operation) {
  return (await emu.requests()).filter((r) => r.operation === operation);
}

test('extra headers reach the wire beside the client\'s own credential', async () => {
  const ws = await emu.client.workspaces.get(WS, { headers: { 'X-Tenant': 'blue', 'x-trace': 't1' } });
  assert.equal(ws.workspaceId, WS);
  const [r] = await sent('workspaces.get');
  assert.equal(r.headers['x-tenant'], 'blue');
  assert.equal(r.headers['x-trace'], 't1');
  assert.equal(r.headers.authorization, 'ApiKey [REDACTED]', 'the credential is still the client\'s');
  assert.equal(r.headers.accept, 'application/json');
  // without the option, nothing extra
  await emu.client.workspaces.get(WS);
  assert.equal((await sent('workspaces.get'))[1].headers['x-tenant'], undefined);
});

test('a list\'s headers carry to every page (list + nextPage, listAll, the page-less form)', async () => {
  const headers = { 'X-Tenant': 'green' };
  const first = await emu.client.billing.profiles.list({ limit: 1 }, { headers });
  assert.ok(first.hasNextPage(), 'the seed has at least two billing profiles');
  await first.nextPage();
  let n = 0;
  for await (const _ of emu.client.billing.profiles.listAll({ limit: 1 }, { headers })) n++;
  assert.ok(n >= 2);
  const pages = await sent('billing.profiles.list');
  assert.ok(pages.length >= 2 + n, `every page was sent: ${pages.length}`);
  assert.ok(pages.every((r) => r.headers['x-tenant'] === 'green'), JSON.stringify(pages.map((r) => r.headers['x-tenant'])));
  assert.ok(pages.some((r) => /offset=1/.test(r.query)), 'a later page was fetched');

  // the first release's page-less form takes `headers` as an option, not as a parameter
  await emu.clearRequests();
  const old = await emu.client.workspaces.list({ headers: { 'X-Old': 'form' } });
  assert.ok(old.items.length >= 1);
  assert.equal((await sent('workspaces.list'))[0].headers['x-old'], 'form');
});

test('a waiter sends the headers of its options', async () => {
  const found = await emu.client.waitUntilExists('workspaces.get', [WS], { headers: { 'X-Waiter': 'yes' }, maxWait: 5000 });
  assert.equal(found.workspaceId, WS);
  const polls = await sent('workspaces.get');
  assert.ok(polls.length >= 1 && polls.every((r) => r.headers['x-waiter'] === 'yes'));
});

test('headers the client owns or cannot send are refused, naming the header, before anything is sent', async () => {
  for (const [name, value] of [
    ['Authorization', 'Bearer stolen-secret'],
    ['authorization', 'ApiKey x'],
    ['Host', 'evil.example'],
    ['Content-Length', '3'],
    ['bad name', 'v'],
    ['X-Ok', 'line\r\nInjected: 1'],
  ]) {
    const err = await emu.client.workspaces.get(WS, { headers: { [name]: value } }).catch((e) => e);
    assert.ok(err instanceof InvalidRequestError, `${name}: ${err}`);
    assert.ok(err.message.includes(JSON.stringify(name)), `the error names the header: ${err.message}`);
    assert.ok(!err.message.includes('stolen-secret'), 'values never appear in errors');
  }
  // refused on a list and a waiter alike
  await assert.rejects(emu.client.workspaces.list({ limit: 1 }, { headers: { Host: 'x' } }), InvalidRequestError);
  await assert.rejects(emu.client.waitUntilExists('workspaces.get', [WS], { headers: { Host: 'x' } }), InvalidRequestError);
  // not an object of strings
  await assert.rejects(emu.client.workspaces.get(WS, { headers: { 'X-N': 1 } }), InvalidRequestError);
  await assert.rejects(emu.client.workspaces.get(WS, { headers: 'X-A: b' }), InvalidRequestError);
  assert.deepEqual(await emu.requests(), [], 'nothing was sent');
  assert.equal(native.pendingCancelTokens(), 0);
});

test('maxRetries is the number of retries on the wire (503 on the path)', async () => {
  await emu.configure({ faults: [{ kind: '503', rate: 1, methods: 'reads', pathPrefix: `/v1/workspaces/${WS}` }] });
  for (const maxRetries of [0, 2]) {
    await emu.clearRequests();
    const err = await emu.client.workspaces.get(WS, { maxRetries }).catch((e) => e);
    assert.ok(err instanceof APIError, String(err));
    assert.equal(err.status, 503);
    assert.equal(err.attempts, maxRetries + 1);
    assert.equal((await sent('workspaces.get')).length, maxRetries + 1, 'attempts on the wire');
  }
});

test('timeout bounds the call (a slow answer on the path)', async () => {
  await emu.configure({ faults: [{ kind: 'slow', rate: 1, methods: 'reads', pathPrefix: `/v1/workspaces/${WS}`, delayMs: 3000 }] });
  const started = Date.now();
  const err = await emu.client.workspaces.get(WS, { timeout: 200 }).catch((e) => e);
  assert.ok(err instanceof APITimeoutError, String(err));
  assert.ok(Date.now() - started < 2000, `rejected at the deadline, not after the slow answer (${Date.now() - started} ms)`);
  // another path is not slowed: the rule is the cause
  assert.ok((await emu.client.auth.me({ timeout: 2000 })).email);
});

test('consistency per call: eventual shows the lag right after a create, the default waits it out', async () => {
  await emu.configure({ lagMs: 400 });
  const ws = await emu.client.workspaces.create({ workspaceName: 'Opts', workspaceKey: unique('opt') });
  const err = await emu.client.workspaces.get(ws.workspaceId, { consistency: 'eventual' }).catch((e) => e);
  assert.ok(err instanceof NotFoundError || err instanceof PermissionDeniedError, String(err));
  const { data, response } = await emu.client.workspaces.get(ws.workspaceId).withResponse();
  assert.equal(data.workspaceId, ws.workspaceId);
  assert.ok(response.attempts > 1 && response.waited > 0, `read-your-writes waited: ${JSON.stringify(response)}`);
});

test('signal aborts the call in the core', async () => {
  await emu.configure({ faults: [{ kind: 'slow', rate: 1, methods: 'reads', pathPrefix: `/v1/workspaces/${WS}`, delayMs: 5000 }] });
  const ac = new AbortController();
  const started = Date.now();
  const p = emu.client.workspaces.get(WS, { signal: ac.signal, headers: { 'X-A': 'b' } }).withResponse();
  setTimeout(() => ac.abort(), 100);
  await assert.rejects(p, APIUserAbortError);
  assert.ok(Date.now() - started < 2000);
  assert.equal(native.pendingCancelTokens(), 0);
});

test('withResponse(): the model and the raw response of a success', async () => {
  const p = emu.client.workspaces.get(WS);
  assert.ok(p instanceof APIPromise && p instanceof Promise);
  const { data, response } = await p.withResponse();
  assert.equal(data.workspaceId, WS);
  assert.equal(response.status, 200);
  assert.ok(response.headers instanceof Headers);
  assert.match(response.requestId, /^req_\d+$/);
  assert.equal(response.headers.get('x-request-id'), response.requestId);
  assert.equal(response.headers.get('X-Request-Id'), response.requestId, 'names are case-insensitive');
  assert.match(response.headers.get('content-type'), /application\/json/);
  assert.equal(response.attempts, 1);
  assert.equal(response.waited, 0);
  // plain await still gives the model only
  const plain = await emu.client.workspaces.get(WS);
  assert.equal(plain.workspaceId, WS);
  assert.equal('response' in plain, false);
  // a failure rejects as without withResponse()
  const err = await emu.client.workspaces.get('0000000000000000000000ff').withResponse().catch((e) => e);
  assert.ok(err instanceof NotFoundError || err instanceof PermissionDeniedError, String(err));
});

test('withResponse() of a paged list: the page as data, the page response\'s headers', async () => {
  const { data: page, response } = await emu.client.billing.profiles.list({ limit: 1 }).withResponse();
  assert.ok(page instanceof Page);
  assert.equal(page.items.length, 1);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('x-limit'), '1');
  assert.equal(response.headers.get('x-total'), String(page.total));
  assert.equal(response.requestId, page.requestId);
  const next = await page.nextPage();
  assert.equal(next.offset, 1);
  assert.notEqual(next.requestId, page.requestId);
});

test('only withResponse() asks the core for the headers; a late withResponse() is refused', async () => {
  const seen = [];
  const start = native.NativeClient.prototype.start;
  native.NativeClient.prototype.start = function (q, id, op, req) {
    seen.push(req.raw === true);
    return start.call(this, q, id, op, req);
  };
  try {
    await emu.client.workspaces.get(WS);
    await emu.client.workspaces.get(WS).withResponse();
    await emu.client.workspaces.list({ limit: 1 }).then((p) => p.items);
    assert.deepEqual(seen, [false, true, false]);
  } finally {
    native.NativeClient.prototype.start = start;
  }
  const p = emu.client.workspaces.get(WS);
  assert.equal((await p).workspaceId, WS);
  await assert.rejects(p.withResponse(), InvalidRequestError);
  assert.equal((await p).workspaceId, WS, 'the call itself is unaffected');
  assert.equal((await sent('workspaces.get')).length, 3, 'never sent twice');
});

test('an unknown option is still refused, and the typed results are unchanged', async () => {
  await assert.rejects(emu.client.workspaces.get(WS, { header: { a: 'b' } }), /unknown request option header/);
  const r = await emu.client.workspaces.get(WS).finally(() => {});
  assert.equal(r.workspaceId, WS);
  assert.equal(await emu.client.workspaces.get(WS).then(() => 7), 7);
});
