// Consistency tokens (issue 21): read-your-writes handed from one client to another over real
// HTTP to the emulator with a 500 ms read lag; tokens from outside (unsigned, tampered,
// garbage, oversized) refused by the core before anything is sent.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { after, before, beforeEach, test } from 'node:test';

import { Client, InvalidRequestError, NotFoundError, PermissionDeniedError } from '@cloudpirates/sdk';
import { emulator, unique } from './helpers.mjs';

let emu;
before(async () => {
  emu = await emulator({ lagMs: 500 });
});
after(async () => {
  await emu?.close();
});
beforeEach(async () => {
  await emu.configure({ faults: [], lagMs: 500 });
});

const eventual = (o = {}) => emu.newClient({ consistency: 'eventual', ...o });
const create = (c = emu.client) => c.workspaces.create({ workspaceName: 'Tok', workspaceKey: unique('tok') });
/** A token written by hand in the documented format (`cpt1.` + base64url JSON). */
const forged = (json) => `cpt1.${Buffer.from(json).toString('base64url')}`;

function assertLag(err) {
  assert.ok(err instanceof NotFoundError || err instanceof PermissionDeniedError, `expected the lag's 404/403, got ${err}`);
}

async function refused(promiseOrFn, pattern) {
  const err = await (typeof promiseOrFn === 'function' ? Promise.resolve().then(promiseOrFn) : promiseOrFn).then(
    () => assert.fail('expected InvalidRequestError'),
    (e) => e,
  );
  assert.ok(err instanceof InvalidRequestError, `expected InvalidRequestError, got ${err}`);
  assert.match(err.message, /^consistency token refused: /);
  if (pattern) assert.match(err.message, pattern);
  return err;
}

test('a client\'s token lets another, eventual client read its just-created workspace at once', async () => {
  const reader = eventual();
  // without a token the other client meets the lag
  const first = await create();
  assertLag(await reader.workspaces.get(first.workspaceId).catch((e) => e));

  const ws = await create();
  const token = emu.client.consistencyToken();
  assert.match(token, /^cpt1\.[A-Za-z0-9_-]+$/, 'unsigned: cpt1.<payload>, URL-safe');
  assert.ok(token.length <= 2048);
  const started = Date.now();
  const got = await reader.workspaces.get(ws.workspaceId, { consistencyToken: token });
  assert.equal(got.workspaceId, ws.workspaceId);
  assert.ok(Date.now() - started < 3000);
  // the option is per call: the reader itself stays eventual
  const again = await create();
  assertLag(await reader.workspaces.get(again.workspaceId).catch((e) => e));
  await reader.close();
});

test('the raw response of a write carries the token of that write alone; a read carries none', async () => {
  const { data: ws, response } = await emu.client.workspaces
    .create({ workspaceName: 'Tok', workspaceKey: unique('tok') })
    .withResponse();
  assert.equal(response.status, 201);
  assert.match(response.consistencyToken, /^cpt1\./);
  assert.notEqual(response.consistencyToken, emu.client.consistencyToken(), 'the client\'s token names its earlier writes too');
  assert.equal(JSON.parse(JSON.stringify(response)).consistencyToken, '[REDACTED]', 'not printed');
  assert.ok(!inspect(response).includes(response.consistencyToken));

  const reader = eventual();
  const { data: got, response: readResponse } = await reader.workspaces
    .get(ws.workspaceId, { consistencyToken: response.consistencyToken })
    .withResponse();
  assert.equal(got.workspaceId, ws.workspaceId);
  assert.ok(readResponse.attempts > 1 && readResponse.waited > 0, 'the token made the read ride out the lag');
  assert.equal(readResponse.consistencyToken, undefined);
  await reader.close();
});

test('a merged token makes every later read of the client wait, below the written path too', async () => {
  const ws = await create();
  const cl = await emu.client.clusters.create(ws.workspaceId, { clusterName: 'c1', clusterType: 'EXTERNAL' });
  const reader = eventual();
  reader.mergeConsistencyToken(emu.client.consistencyToken());
  const [got, cluster, members] = await Promise.all([
    reader.workspaces.get(ws.workspaceId),
    reader.clusters.get(ws.workspaceId, cl.clusterId),
    reader.workspaces.members.list(ws.workspaceId),
  ]);
  assert.equal(got.workspaceId, ws.workspaceId);
  assert.equal(cluster.clusterId, cl.clusterId);
  assert.equal(members.items.length, 1);
  // the merged client's own token names the merged writes: it can pass them on
  const third = eventual();
  const ws2 = await create();
  reader.mergeConsistencyToken(emu.client.consistencyToken());
  third.mergeConsistencyToken(reader.consistencyToken());
  assert.equal((await third.workspaces.get(ws2.workspaceId)).workspaceId, ws2.workspaceId);
  await Promise.all([reader.close(), third.close()]);
});

test('a signed client refuses unsigned, tampered and foreign-key tokens and never shows its key', async () => {
  const KEY = 'app-secret-k3y';
  const writer = emu.newClient({ consistencyTokenKey: KEY });
  const ws = await create(writer);
  const token = writer.consistencyToken();
  assert.equal(token.split('.').length, 3, 'signed: cpt1.<payload>.<signature>');

  const reader = emu.newClient({ consistency: 'eventual', consistencyTokenKey: KEY });
  assert.equal((await reader.workspaces.get(ws.workspaceId, { consistencyToken: token })).workspaceId, ws.workspaceId);
  reader.mergeConsistencyToken(token);

  const unsigned = token.slice(0, token.lastIndexOf('.'));
  await refused(() => reader.mergeConsistencyToken(unsigned), /not signed/);
  await refused(() => reader.mergeConsistencyToken(emu.client.consistencyToken()), /not signed/);
  const tampered = token.slice(0, 7) + (token[7] === 'A' ? 'B' : 'A') + token.slice(8);
  await refused(() => reader.mergeConsistencyToken(tampered));
  const other = emu.newClient({ consistencyTokenKey: 'another-key' });
  const err = await refused(() => other.mergeConsistencyToken(token), /does not match/);
  // a keyless client reads a signed token
  const keyless = eventual();
  keyless.mergeConsistencyToken(token);

  for (const shown of [inspect(reader), String(reader), JSON.stringify(reader), err.message, inspect(err), JSON.stringify(err)]) {
    assert.ok(!shown.includes(KEY), `the key leaked: ${shown}`);
  }
  // per call too, and nothing is sent
  await emu.clearRequests();
  await refused(reader.workspaces.get(ws.workspaceId, { consistencyToken: unsigned }), /not signed/);
  assert.deepEqual((await emu.requests()).filter((r) => r.operation === 'workspaces.get'), []);
  await Promise.all([writer.close(), reader.close(), other.close(), keyless.close()]);
});

test('garbage and oversized tokens are InvalidRequestError naming the problem, never echoing the token', async () => {
  const c = eventual();
  const huge = `cpt1.${'A'.repeat(2048)}`;
  const cases = [
    ['nope-not-a-token', /does not start with `cpt1\.`/],
    ['', /does not start with `cpt1\.`/],
    ['cpt2.W10', /does not start with `cpt1\.`/],
    ['cpt1.%%%', /not base64url/],
    [forged('{}'), /not the expected JSON/],
    [forged('{not json'), /not the expected JSON/],
    [forged('[["no-slash",1,"w",null]]'), /malformed/],
    [huge, /2053 bytes long, more than the 2048/],
  ];
  for (const [token, why] of cases) {
    const err = await refused(() => c.mergeConsistencyToken(token), why);
    if (token.length > 8) assert.ok(!err.message.includes(token), 'the token is not echoed');
  }
  assert.throws(() => c.mergeConsistencyToken(42), InvalidRequestError);
  c.mergeConsistencyToken(forged('[]')); // an empty token is a valid one
  await c.close();
});

test('nothing is sent for a bad per-call token, in any call form (get, list, listAll, waiter, write)', async () => {
  const ws = await create();
  await emu.clearRequests();
  const bad = forged('[["no-slash",1,"w",null]]');
  await refused(emu.client.workspaces.get(ws.workspaceId, { consistencyToken: bad }), /malformed/);
  await refused(emu.client.workspaces.get(ws.workspaceId, { consistencyToken: 'x'.repeat(5000) }), /bytes long/);
  await refused(emu.client.clusters.list(ws.workspaceId, { limit: 1 }, { consistencyToken: bad }));
  await refused((async () => {
    for await (const _ of emu.client.billing.profiles.listAll({ limit: 1 }, { consistencyToken: bad })) {
      // never reached
    }
  })());
  await refused(emu.client.waitUntilExists('workspaces.get', [ws.workspaceId], { consistencyToken: bad, maxWait: 2000 }));
  await refused(emu.client.workspaces.create({ workspaceName: 'No', workspaceKey: unique('no') }, { consistencyToken: 'garbage' }));
  await assert.rejects(emu.client.workspaces.get(ws.workspaceId, { consistencyToken: 7 }), InvalidRequestError);
  assert.deepEqual(await emu.requests(), [], 'no request reached the emulator');
});

test('a list carries the token to every page, and a waiter takes it', async () => {
  const ws = await create();
  for (const name of ['c1', 'c2']) {
    await emu.client.clusters.create(ws.workspaceId, { clusterName: name, clusterType: 'EXTERNAL' });
  }
  const token = emu.client.consistencyToken();
  const reader = eventual();
  assertLag(await reader.clusters.list(ws.workspaceId, { limit: 1 }).catch((e) => e));
  // A list answers 200 with what its read model shows: the token makes it wait out a 404/403,
  // not for new items to appear in it. This test is about the options reaching every page,
  // so it lets the lag pass first (a loaded machine made the first page empty otherwise).
  await new Promise((resolve) => setTimeout(resolve, 700));
  await emu.clearRequests();
  // the options travel as one object to every page: the journal shows each page with the
  // header given beside the token
  const options = { consistencyToken: token, headers: { 'X-Page-Probe': 'p' } };
  const first = await reader.clusters.list(ws.workspaceId, { limit: 1 }, options);
  assert.equal(first.items.length, 1);
  const second = await first.nextPage();
  assert.equal(second.items.length, 1);
  const names = [];
  for await (const c of reader.clusters.listAll(ws.workspaceId, { limit: 1 }, options)) names.push(c.clusterName);
  assert.deepEqual(names.sort(), ['c1', 'c2']);
  const pages = (await emu.requests()).filter((r) => r.operation === 'clusters.list');
  assert.ok(pages.length >= 4, `${pages.length} pages`);
  for (const p of pages) assert.equal(p.headers['x-page-probe'], 'p');
  assert.ok(!JSON.stringify(pages).includes(token), 'the token is not sent to the API');

  const ws2 = await create();
  const found = await reader.waitUntilExists(reader.workspaces.get, ws2.workspaceId, {
    consistencyToken: emu.client.consistencyToken(),
    maxWait: 5000,
  });
  assert.equal(found.workspaceId, ws2.workspaceId);
  await reader.close();
});

test('the client option is checked and kept out of the printed client', async () => {
  const c = new Client({ baseUrl: emu.baseUrl, apiKey: emu.apiKey, consistencyTokenKey: 'hidden-key-1' });
  assert.ok(!inspect(c).includes('hidden-key-1') && !JSON.stringify(c).includes('hidden-key-1'));
  assert.match(c.consistencyToken(), /^cpt1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/, 'an empty token, signed');
  await c.close();
  assert.throws(() => c.consistencyToken(), InvalidRequestError, 'a closed client');
});
