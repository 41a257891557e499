// Construction, environment fallback, close/dispose, import/require, and that no key or
// token ever shows in inspect, JSON, errors or logs.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { after, before, test } from 'node:test';

import * as esm from '@cloudpirates/sdk';
import DefaultClient, { Client, InvalidRequestError, NotFoundError, redact } from '@cloudpirates/sdk';
import * as testingEsm from '@cloudpirates/sdk/testing';
import { emulator, recordingLogger } from './helpers.mjs';

const require = createRequire(import.meta.url);
let emu;
before(async () => {
  emu = await emulator();
});
after(async () => {
  await emu?.close();
});

function withEnv(vars, fn) {
  const saved = {};
  for (const [k, v] of Object.entries(vars)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

test('require() and import give the same classes (one copy, instanceof works across both)', () => {
  const cjs = require('@cloudpirates/sdk');
  assert.equal(cjs.Client, Client);
  assert.equal(cjs.NotFoundError, NotFoundError);
  assert.equal(DefaultClient, Client);
  assert.deepEqual(Object.keys(esm).filter((k) => k !== 'default').sort(), Object.keys(cjs).filter((k) => k !== 'default' && k !== '__esModule').sort());
  assert.equal(require('@cloudpirates/sdk/testing').startEmulator, testingEsm.startEmulator);
});

test('CLOUDPIRATES_API_KEY and CLOUDPIRATES_BASE_URL are the fallback', async () => {
  const c = withEnv({ CLOUDPIRATES_API_KEY: emu.apiKey, CLOUDPIRATES_BASE_URL: emu.baseUrl }, () => new Client());
  assert.equal(c.baseUrl, emu.baseUrl);
  assert.equal(c.credentialKind, 'api_key');
  assert.equal((await c.auth.me()).email, emu.email);
  await c.close();
  const d = withEnv({ CLOUDPIRATES_API_KEY: undefined, CLOUDPIRATES_BASE_URL: undefined }, () => new Client());
  assert.equal(d.baseUrl, 'https://api.cloudpirates.io/v1');
  assert.equal(d.credentialKind, 'none');
  // an explicit Bearer token wins over the environment's key
  const b = withEnv({ CLOUDPIRATES_API_KEY: emu.apiKey }, () => new Client({ baseUrl: emu.baseUrl, accessToken: 'cpat_x' }));
  assert.equal(b.credentialKind, 'bearer');
});

test('close() releases the client; Symbol.asyncDispose closes it', async () => {
  const c = emu.newClient();
  await c.auth.me();
  await c.close();
  assert.equal(c.closed, true);
  await assert.rejects(c.auth.me(), InvalidRequestError);
  await c.close(); // idempotent
  const d = emu.newClient();
  assert.equal(typeof d[Symbol.asyncDispose], 'function');
  await d[Symbol.asyncDispose]();
  assert.equal(d.closed, true);
});

test('many clients share one runtime and run concurrently', async () => {
  const clients = Array.from({ length: 5 }, () => emu.newClient());
  const results = await Promise.all(clients.flatMap((c) => [c.auth.me(), c.workspaces.list()]));
  assert.equal(results.length, 10);
  await Promise.all(clients.map((c) => c.close()));
});

test('no key or token in util.inspect / JSON.stringify of a client', async () => {
  const key = emu.apiKey;
  const c = emu.newClient();
  for (const text of [inspect(c), inspect(c, { depth: 10, showHidden: true }), JSON.stringify(c), String(Object.entries(c))]) {
    assert.ok(!text.includes(key), text);
  }
  const bearer = new Client({ baseUrl: emu.baseUrl });
  const login = await bearer.auth.login({ email: emu.email, password: emu.password });
  const access = login.accessToken;
  const b2 = new Client({ baseUrl: emu.baseUrl, accessToken: access, refreshToken: login.refreshToken });
  for (const client of [bearer, b2]) {
    for (const text of [inspect(client, { depth: 10, showHidden: true }), JSON.stringify(client)]) {
      assert.ok(!text.includes(access), text);
      assert.ok(!text.includes(login.refreshToken), text);
      assert.ok(!text.includes(emu.password), text);
    }
  }
  assert.equal((await b2.auth.validate()).valid, true);
});

test('errors never carry the key', async () => {
  const secret = 'cpk_this_is_a_secret_key_0001';
  const c = emu.newClient({ apiKey: secret });
  const err = await c.auth.me().catch((e) => e);
  for (const text of [err.message, err.stack, inspect(err, { depth: 10, showHidden: true }), JSON.stringify(err)]) {
    assert.ok(!String(text).includes(secret), text);
  }
});

test('a logger gets the core\'s events, fields as JavaScript values, secrets redacted', async () => {
  const rec = recordingLogger();
  const c = new Client({ baseUrl: emu.baseUrl, logger: rec });
  await c.auth.login({ email: emu.email, password: emu.password });
  await c.auth.me();
  await c.workspaces.get('0000000000000000000000ff').catch(() => {});
  const quiet = emu.newClient();
  await quiet.auth.me();
  const dump = JSON.stringify(rec.records) + rec.records.map((r) => inspect(r, { depth: 10 })).join('\n');
  // the core's events (crates/core), not the wrapper's own lines
  const response = rec.records.find((r) => r.message.startsWith('cloudpirates: response') && r.args[0].op === 'auth.me');
  assert.ok(response, dump);
  assert.equal(response.level, 'debug');
  assert.equal(response.args[0].status, 200);
  assert.equal(typeof response.args[0].elapsedMs, 'number');
  assert.match(response.message, /status=200/);
  const finished = rec.records.filter((r) => r.message.startsWith('cloudpirates: call finished'));
  assert.ok(finished.some((r) => r.args[0].op === 'workspaces.get' && [403, 404].includes(r.args[0].status)), dump);
  assert.ok(!dump.includes('Some('), 'no Rust Debug in log lines');
  // only this client's calls reach this logger
  assert.equal(rec.records.filter((r) => r.message.startsWith('cloudpirates: call finished') && r.args[0].op === 'auth.me').length, 1);
  assert.ok(!dump.includes(emu.password), 'password redacted');
  assert.ok(!/cpat_|cprt_/.test(dump), 'no token in logs');
});

test('a waiter on a write is refused by the core', async () => {
  const c = emu.newClient();
  for (const [op, path] of [['workspaces.create', []], ['workspaces.delete', ['0000000000000000000000ff']]]) {
    const err = await c.waitUntilExists(op, path, { maxWait: 1000 }).catch((e) => e);
    assert.ok(err instanceof InvalidRequestError, String(err));
    assert.match(err.message, /write/);
  }
});

test('the same names are redacted as in every binding', () => {
  const names = JSON.parse(readFileSync(new URL('../../secret-names.json', import.meta.url), 'utf8'));
  const native = require('../native/index.js');
  for (const [secret, group] of [[true, names.secret], [false, names.plain]]) {
    for (const name of group) {
      assert.equal(native.isSecretName(name), secret, name);
      assert.equal(redact({ [name]: 'shown-value-42' })[name] === '[REDACTED]', secret, name);
    }
  }
});

test('CLOUDPIRATES_LOG=debug logs through console', async () => {
  const lines = [];
  const orig = console.debug;
  console.debug = (...a) => lines.push(inspect(a, { depth: 10 }));
  try {
    const c = withEnv({ CLOUDPIRATES_LOG: 'debug' }, () => new Client({ baseUrl: emu.baseUrl, apiKey: emu.apiKey }));
    await c.auth.me();
    const quiet = withEnv({ CLOUDPIRATES_LOG: undefined }, () => new Client({ baseUrl: emu.baseUrl, apiKey: emu.apiKey }));
    const n = lines.length;
    await quiet.auth.me();
    assert.equal(lines.length, n, 'silent by default');
  } finally {
    console.debug = orig;
  }
  assert.ok(lines.some((l) => l.includes('op=auth.me')));
  assert.ok(!lines.join('\n').includes(emu.apiKey));
});

test('signed-URL query values and secret-looking fields are redacted in logs', async () => {
  assert.deepEqual(redact({ password: 'x', nested: [{ refreshToken: 'y', name: 'n' }] }), {
    password: '[REDACTED]',
    nested: [{ refreshToken: '[REDACTED]', name: 'n' }],
  });
  const rec = recordingLogger();
  const c = emu.newClient({ logger: rec });
  const bp = '6571f2b1e4b0a1a2b3c4b001';
  const inv = (await c.billing.invoices.list(bp)).items[0];
  const { url } = await c.billing.invoices.pdfUrl(bp, inv.invoiceId);
  const u = new URL(url);
  await c.billing.invoices.downloadPdf(bp, inv.invoiceId, decodeURIComponent(u.pathname.split('/').pop()), {
    expires: u.searchParams.get('expires'),
    token: u.searchParams.get('token'),
  });
  const dump = rec.records.map((r) => inspect(r, { depth: 10 })).join('\n');
  assert.ok(!dump.includes(u.searchParams.get('token')));
});

test('results of many concurrent calls from several clients reach the right callers', async () => {
  const clients = Array.from({ length: 3 }, () => emu.newClient());
  const calls = [];
  for (let i = 0; i < 90; i++) {
    const limit = (i % 20) + 1;
    calls.push(clients[i % 3].trainings.list({ limit }).then((page) => [limit, page.items.length]));
  }
  for (const [limit, got] of await Promise.all(calls)) assert.equal(got, limit);
  await Promise.all(clients.map((c) => c.close()));
});

test('a call in flight keeps the process alive; an idle client does not', () => {
  const run = (body) =>
    spawnSync(process.execPath, ['-e', `const { Client } = require('@cloudpirates/sdk');\n${body}`], {
      cwd: process.cwd(),
      env: { ...process.env, CLOUDPIRATES_BASE_URL: emu.baseUrl, CLOUDPIRATES_API_KEY: emu.apiKey },
      encoding: 'utf8',
      timeout: 20000,
    });
  // nothing but the call is pending: without the completion queue's hold, node would exit first
  const busy = run("new Client().auth.me().then((me) => console.log('me', typeof me.email))");
  assert.equal(busy.status, 0, busy.stderr);
  assert.equal(busy.stdout.trim(), 'me string');
  const started = Date.now();
  const idle = run("const c = new Client(); c.auth.me().then(() => console.log('done'))");
  assert.equal(idle.status, 0, idle.stderr);
  assert.equal(idle.stdout.trim(), 'done');
  assert.ok(Date.now() - started < 10000, 'the process exits once its calls are settled');
});
