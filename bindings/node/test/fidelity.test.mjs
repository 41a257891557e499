// Fidelity I: every list pages (and the page-less first-release forms still work), 501 is
// NotImplementedError, the never-answered application updates are sent once, and API keys are
// refused client-side only on the documented Bearer-only routes.
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { after, before, describe, test } from 'node:test';

import {
  Client,
  OPERATIONS,
  Page,
  APIError,
  InternalServerError,
  InvalidRequestError,
  NotImplementedError,
  OutcomeUnknownError,
} from '@cloudpirates/sdk';
import { emulator, unique } from './helpers.mjs';

const DEMO_WS = '6571f2b1e4b0a1a2b3c4d5e6';
const DEMO_CLUSTER = '6571f2b1e4b0a1a2b3c4d5e8';
const DEMO_BP = '6571f2b1e4b0a1a2b3c4b001';

// What the core sent: a forwarding proxy in front of the emulator records every request URL
// (the query is the core's to decide, `bridge::page_query`; its log events do not show it).
const sent = [];
let proxy;
let emu;
let c; // API key of the demo identity
let bearer; // Bearer session of the demo identity
const pathValues = { workspaceId: DEMO_WS, clusterId: DEMO_CLUSTER, billingProfileId: DEMO_BP, resourceType: 'POD' };

/** The method of `client` named by a dotted jsName (bound). */
function method(client, jsName, suffix = '') {
  const parts = jsName.split('.');
  let target = client;
  for (const p of parts.slice(0, -1)) target = target[p];
  const fn = target[parts.at(-1) + suffix];
  assert.equal(typeof fn, 'function', `${jsName}${suffix}`);
  return fn.bind(target);
}

/** Query of the last request sent for `id`. */
function lastQuery(id) {
  const op = OPERATIONS[Object.keys(OPERATIONS).find((k) => OPERATIONS[k].id === id)];
  const re = new RegExp(`^/v1${op.path.replace(/\{\w+\}/g, '[^/]+')}$`);
  const u = sent.filter((x) => re.test(x.pathname)).at(-1);
  assert.ok(u, `no request sent for ${id}`);
  return Object.fromEntries(u.searchParams);
}

before(async () => {
  emu = await emulator();
  const target = new URL(emu.baseUrl);
  proxy = createServer((req, res) => {
    sent.push(new URL(req.url, target));
    const fwd = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    fwd.on('error', () => res.destroy());
    req.pipe(fwd);
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  const baseUrl = `http://127.0.0.1:${proxy.address().port}/v1`;
  c = new Client({ baseUrl, apiKey: emu.apiKey });
  bearer = new Client({ baseUrl });
  await bearer.auth.login({ email: emu.email, password: emu.password });
  assert.equal(bearer.credentialKind, 'bearer');
  // Path values the lists need, from the seed.
  const pods = await c.observability.listResources(DEMO_WS, DEMO_CLUSTER, 'POD');
  pathValues.namespace = pods.items[0].metadata.namespace;
  pathValues.applicationId = (await c.applications.list(DEMO_WS)).items[0].applicationId;
});

after(async () => {
  await bearer?.close();
  await c?.close();
  proxy?.close();
  await emu?.close();
});

const lists = Object.values(OPERATIONS).filter((op) => op.response === 'list');
const clientFor = (op) => (op.auth === 'bearer' ? bearer : c);
const pathOf = (op) => op.pathParams.map((p) => {
  assert.ok(pathValues[p] !== undefined, `no test value for path parameter ${p}`);
  return pathValues[p];
});

describe('every list pages', () => {
  test('the operation table has every list as paginated', () => {
    assert.equal(lists.length, 17);
    for (const op of lists) assert.equal(op.paging, 'yes', op.id);
    const later = lists.filter((op) => op.pagingAddedLater).map((op) => op.id).sort();
    assert.equal(later.length, 11);
  });

  for (const op of lists) {
    test(`${op.id}: limit 1 is sent and echoed, listAll pages every item`, async () => {
      const client = clientFor(op);
      const path = pathOf(op);
      const page = await method(client, op.jsName)(...path, { limit: 1 });
      assert.ok(page instanceof Page);
      assert.equal(lastQuery(op.id).limit, '1');
      assert.equal(page.limit, 1, 'x-Limit echoes the page size');
      assert.ok(page.items.length <= 1);

      const whole = await method(client, op.jsName)(...path, { limit: 100 });
      const expected = Math.min(whole.total ?? whole.items.length, 12);
      const seen = [];
      for await (const item of method(client, op.jsName, 'All')(...path, { limit: 1 })) {
        seen.push(item);
        if (seen.length === expected) break;
      }
      assert.equal(seen.length, expected, 'listAll({ limit: 1 }) walks page after page');
      assert.equal(lastQuery(op.id).limit, '1');
    });
  }

  for (const op of lists.filter((o) => o.pagingAddedLater)) {
    test(`${op.id}: the page-less first-release forms still work`, async () => {
      const client = clientFor(op);
      const path = pathOf(op);
      const plain = await method(client, op.jsName)(...path);
      assert.ok(plain instanceof Page);
      assert.equal(lastQuery(op.id).limit, undefined);
      const ac = new AbortController();
      const withOptions = await method(client, op.jsName)(...path, { signal: ac.signal, timeout: 30_000 });
      assert.ok(withOptions instanceof Page);
      assert.deepEqual(lastQuery(op.id), {}, 'options are not sent as query parameters');
      assert.deepEqual(withOptions.items.length, plain.items.length);
      let n = 0;
      for await (const _ of method(client, op.jsName, 'All')(...path, { maxRetries: 1 })) if (++n >= 3) break;
      assert.ok(n >= Math.min(plain.items.length, 3));
      // An already-aborted signal passed in the old position is honoured (it is the options).
      ac.abort();
      await assert.rejects(method(client, op.jsName)(...path, { signal: ac.signal }), (e) => e.name === 'APIUserAbortError');
    });
  }

  test('client.workspaces.list({ limit: 5 }) and the old list({ signal })', async () => {
    assert.equal((await c.workspaces.list({ limit: 5 })).limit, 5);
    assert.ok((await c.workspaces.list({ signal: new AbortController().signal })).items.length >= 1);
    assert.equal((await c.workspaces.members.list(DEMO_WS, { limit: 1 }, { timeout: 10_000 })).limit, 1);
  });
});

describe('501 and never-answered updates', () => {
  test('applications.create answers 501 by default: NotImplementedError', async () => {
    const seeded = (await c.applications.list(DEMO_WS)).items[0];
    const err = await c.applications
      .create(DEMO_WS, {
        applicationTemplateId: seeded.applicationTemplateId,
        applicationTemplatePresetId: seeded.applicationTemplatePresetId,
        clusterId: DEMO_CLUSTER,
        appVersion: seeded.appVersion,
        name: unique('ni-'),
      })
      .catch((e) => e);
    assert.ok(err instanceof NotImplementedError, `got ${err?.name}: ${err?.message}`);
    assert.ok(err instanceof InternalServerError);
    assert.ok(err instanceof APIError);
    assert.equal(err.name, 'NotImplementedError');
    assert.equal(err.status, 501);
  });

  for (const [name, call] of [
    ['applications.update_values', (id) => c.applications.updateValues(DEMO_WS, id, { applicationValues: { replicaCount: 2 } }, { maxRetries: 5 })],
    ['applications.update_version', (id, app) => c.applications.updateVersion(DEMO_WS, id, { appVersion: app.appVersion }, { maxRetries: 5 })],
  ]) {
    test(`${name} (the backend never answers it) is sent exactly once, by the core`, async () => {
      const app = (await c.applications.list(DEMO_WS)).items[0];
      const before = (await emu.counters()).requests[name] ?? 0;
      const started = Date.now();
      const err = await call(app.applicationId, app).catch((e) => e);
      assert.ok(err instanceof OutcomeUnknownError, `got ${err}`);
      assert.ok(err.status === 503 || err.status === 504, `status ${err.status}`);
      assert.equal(err.attempts, 1, 'not re-sent, even with maxRetries: 5');
      assert.match(err.message, /no backend handler/);
      assert.ok(Date.now() - started < 5000, 'failed at once');
      const sent = ((await emu.counters()).requests[name] ?? 0) - before;
      assert.equal(sent, 1, `sent ${sent} times`);
    });
  }
});

describe('API keys', () => {
  const refusedClientSide = (e) => e instanceof InvalidRequestError && /needs a Bearer session/.test(e.message);

  test('the five routes that take either credential are sent with an API key', async () => {
    for (const id of ['auth.validate', 'auth.webauthn.list', 'auth.webauthn.update_label', 'auth.webauthn.delete', 'workspaces.invitations.accept']) {
      assert.equal(OPERATIONS[id].auth, 'any', id);
    }
    const v = await c.auth.validate();
    assert.equal(v.valid, true);
    // A WebAuthn key of the demo identity, registered over its Bearer session.
    const credId = unique('cred-');
    const ch = await bearer.auth.webauthn.challenge();
    const key = await bearer.auth.webauthn.register({ id: credId, rawId: credId, type: 'public-key', response: { challenge: ch.challenge } });
    const keys = await c.auth.webauthn.list();
    assert.ok(keys.items.some((k) => k.webAuthnKeyId === key.webAuthnKeyId));
    const relabeled = await c.auth.webauthn.updateLabel(key.webAuthnKeyId, { label: 'by API key' });
    assert.equal(relabeled.label, 'by API key');
    assert.equal(await c.auth.webauthn.delete(key.webAuthnKeyId), undefined);
    // An invitation accepted by another seeded identity, with its API key.
    const other = emu.identities.find((i) => i.email !== emu.email && i.apiKey);
    assert.ok(other, 'a second seeded identity');
    const ws = await c.workspaces.create({ workspaceName: 'Keys', workspaceKey: unique('k') });
    const inv = await c.workspaces.invitations.create(ws.workspaceId, { email: other.email, role: 'MEMBER' });
    const otherClient = emu.newClient({ apiKey: other.apiKey });
    const member = await otherClient.workspaces.invitations.accept({ invitationId: inv.invitationId });
    assert.equal(member.role, 'MEMBER');
    await c.workspaces.delete(ws.workspaceId);
  });

  test('the documented Bearer-only routes are refused before sending with an API key', async () => {
    const bearerOnly = Object.values(OPERATIONS).filter((op) => op.auth === 'bearer').map((op) => op.id).sort();
    const documented = /^auth\.(change_password|challenges\..+|webauthn\.register|api_keys\..+|sessions\..+)$/;
    for (const id of bearerOnly) assert.match(id, documented);
    for (const id of Object.keys(OPERATIONS)) if (documented.test(id)) assert.ok(bearerOnly.includes(id), `${id} should be Bearer-only`);
    for (const id of bearerOnly) {
      const op = OPERATIONS[id];
      const err = await method(c, op.jsName)(...op.pathParams.map(() => 'x'), {}).catch((e) => e);
      assert.ok(refusedClientSide(err), `${id}: ${err?.name} ${err?.message}`);
    }
  });
});
