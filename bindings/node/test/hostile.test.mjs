// Hostile and thin servers, through the real core: small HTTP servers started inside the test
// answer what the emulator never would (a redirect to another origin, write answers without
// the model, secrets in bodies), and a Rust panic never takes the Node process down.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { inspect } from 'node:util';

import { APIError, BadRequestError, Client, CloudPiratesError, __panicForTests } from '@cloudpirates/sdk';
import { ROOT, emulator } from './helpers.mjs';

/** An HTTP server on 127.0.0.1: `answer(req, body)` gives [status, headers, body]; `seen` records requests. */
async function stub(answer) {
  const seen = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method, url: req.url, body });
      const [status, headers, out] = answer(req, body);
      res.writeHead(status, headers);
      res.end(out);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { seen, origin, baseUrl: `${origin}/v1`, close: () => new Promise((r) => server.close(r)) };
}

/** Every model of the spec with `x-secret` fields, and those fields (a small YAML walk). */
function secretModels() {
  const lines = readFileSync(join(ROOT, 'openapi', 'cloudpirates.yaml'), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^ {2}schemas:\s*$/.test(l));
  const out = {};
  let model;
  let prop;
  for (const l of lines.slice(start + 1)) {
    if (/^ {0,2}\S/.test(l)) break;
    let m;
    if ((m = /^ {4}(\w+):\s*$/.exec(l))) model = m[1];
    else if ((m = /^ {8}(\w+):\s*$/.exec(l))) prop = m[1];
    else if (/^ {10}x-secret:\s*true\s*$/.test(l)) (out[model] ??= []).push(prop);
  }
  return out;
}

const SECRET_MODELS = secretModels();
const UNKNOWN_SECRETS = { sessionToken: 'SECRET-u1', clientSecret: 'SECRET-u2', newPassword: 'SECRET-u3', someApiKey: 'SECRET-u4', api_key: 'SECRET-u5', dbCredentials: 'SECRET-u6' };

let emu;
before(async () => {
  emu = await emulator();
});
after(async () => {
  await emu?.close();
});

test('the spec marks the known secrets', () => {
  for (const name of ['TokenResponse', 'LoginResponse', 'CreatedApiKey', 'ClusterAccessToken', 'Cluster', 'InvoicePdfUrl', 'LoginRequest', 'ChangePasswordRequest']) {
    assert.ok(SECRET_MODELS[name], name);
  }
});

test('a redirect is never followed: APIError 307 naming the other origin, the login sent once', async () => {
  const thief = await stub(() => [200, { 'content-type': 'application/json' }, '{}']);
  const hostile = await stub(() => [307, { location: `${thief.origin}/steal` }, '']);
  const c = new Client({ baseUrl: hostile.baseUrl });
  try {
    const err = await c.auth.login({ email: 'a@b.test', password: 'Passw0rd-stolen' }).catch((e) => e);
    assert.ok(err instanceof APIError, `got ${err}`);
    assert.equal(err.status, 307);
    assert.ok(err.message.includes(thief.origin), err.message);
    assert.ok(!JSON.stringify(err).includes('Passw0rd-stolen'));
    assert.deepEqual(hostile.seen.map((r) => `${r.method} ${r.url}`), ['POST /v1/auth/login']);
    assert.equal(thief.seen.length, 0, 'the redirect was followed');
  } finally {
    await c.close();
    await hostile.close();
    await thief.close();
  }
});

test('a write answer without the model resolves (the core completes it from the request and path)', async () => {
  const answers = [[204, ''], [200, ''], [200, '  \n'], [200, '{}'], [200, 'null'], [200, '<html>oops</html>'],
    [200, '{"workspaceId":"w1"}'], [200, '{"workspaceId":"w1","brandNew":1}'], [201, '{"workspaceName":"Server"}']];
  let i = 0;
  const s = await stub(() => {
    const [status, body] = answers[i++];
    return [status, body ? { 'content-type': 'application/json' } : {}, body];
  });
  const c = new Client({ baseUrl: s.baseUrl, apiKey: 'cpk_test' });
  try {
    for (const [, text] of answers) {
      const ws = await c.workspaces.rename('w1', { workspaceName: 'Ops' });
      assert.equal(ws.workspaceId, 'w1', text);
      assert.equal(ws.workspaceName, text.includes('Server') ? 'Server' : 'Ops', text);
      assert.equal(ws.brandNew, text.includes('brandNew') ? 1 : undefined, text);
    }
    assert.equal(s.seen.length, answers.length, 'an applied write is never retried');
  } finally {
    await c.close();
    await s.close();
  }
});

test("a thin refresh answer never echoes the request's refresh token", async () => {
  const s = await stub(() => [200, { 'content-type': 'application/json' }, '{}']);
  const c = new Client({ baseUrl: s.baseUrl });
  try {
    const tokens = await c.auth.refresh({ refreshToken: 'old-refresh-secret' });
    assert.notEqual(tokens.refreshToken, 'old-refresh-secret', 'a secret of the request was echoed into the result');
  } finally {
    await c.close();
    await s.close();
  }
});

test('util.inspect of models hides every secret field (x-secret and secret-named unknown ones)', async () => {
  const all = {};
  for (const fields of Object.values(SECRET_MODELS)) for (const f of fields) all[f] = `SECRET-${f}`;
  const body = { ...all, ...UNKNOWN_SECRETS, plainUnknown: 'visible', nested: { ...all }, list: [{ ...UNKNOWN_SECRETS }] };
  const s = await stub(() => [200, { 'content-type': 'application/json' }, JSON.stringify(body)]);
  const c = new Client({ baseUrl: s.baseUrl, apiKey: 'cpk_test' });
  try {
    for (const value of [await c.auth.me(), await c.auth.refresh({ refreshToken: 'r' }), await c.workspaces.rename('w1', { workspaceName: 'Ops' })]) {
      const text = inspect(value, { depth: 10 }) + inspect([value], { depth: 10 }) + inspect({ value }, { depth: 10, showHidden: true });
      assert.ok(!text.includes('SECRET-'), text);
      assert.ok(text.includes('[REDACTED]') && text.includes('visible'));
      assert.equal(value.accessToken, 'SECRET-accessToken', 'the value itself stays readable');
      assert.equal(JSON.parse(JSON.stringify(value)).apiKey, 'SECRET-apiKey', 'JSON is unchanged');
    }
  } finally {
    await c.close();
    await s.close();
  }
});

test('real models of the emulator print no token, key or signed URL', async () => {
  const c = new Client({ baseUrl: emu.baseUrl });
  const login = await c.auth.login({ email: emu.email, password: emu.password });
  const created = await c.auth.apiKeys.create({ label: 'inspect' });
  const bp = '6571f2b1e4b0a1a2b3c4b001';
  const inv = (await emu.client.billing.invoices.list(bp)).items[0];
  const pdf = await emu.client.billing.invoices.pdfUrl(bp, inv.invoiceId);
  const text = [login, created, pdf].map((v) => inspect(v, { depth: 10 })).join('\n');
  for (const secret of [login.accessToken, login.refreshToken, created.apiKey, pdf.url]) {
    assert.ok(secret && !text.includes(secret), text);
  }
  await c.close();
});

test('errors: util.inspect and JSON.stringify hide secrets of the response body', async () => {
  const body = JSON.stringify({ message: 'bad request', errors: [], ...UNKNOWN_SECRETS, accessToken: 'SECRET-at', password: 'SECRET-pw' });
  const s = await stub(() => [400, { 'content-type': 'application/json' }, body]);
  const c = new Client({ baseUrl: s.baseUrl, apiKey: 'cpk_test' });
  try {
    const err = await c.workspaces.rename('w1', { workspaceName: 'Ops' }).catch((e) => e);
    assert.ok(err instanceof BadRequestError, `got ${err}`);
    for (const text of [JSON.stringify(err), inspect(err, { depth: 10 }), inspect({ err }, { depth: 10 })]) {
      assert.ok(!text.includes('SECRET-'), text);
      assert.ok(text.includes('[REDACTED]') && text.includes('bad request'), text);
    }
    assert.equal(JSON.parse(err.body).accessToken, 'SECRET-at', 'the raw body stays readable');
    assert.equal(JSON.parse(JSON.stringify(err)).status, 400);
  } finally {
    await c.close();
    await s.close();
  }
});

test('a Rust panic rejects with a typed error and the process goes on', async () => {
  for (let n = 0; n < 2; n++) {
    const err = await __panicForTests().catch((e) => e);
    assert.ok(err instanceof APIError && err instanceof CloudPiratesError, `got ${err}`);
    assert.equal(err.mayHaveExecuted, true); // the core's panic guard, bridge::catch_panic
    assert.match(err.message, /panic/);
  }
  const me = await emu.client.auth.me();
  assert.equal(me.email, emu.email);
});
