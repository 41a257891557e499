// Waiters take the operation as a typed reference (`Operations.workspacesGet`), a method of the
// client (`client.workspaces.get`) or its dotted id, over real HTTP with the read models lagging.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';

import { InvalidRequestError, NotFoundError, OPERATIONS, Operations, PermissionDeniedError } from '@cloudpirates/sdk';
import { emulator, unique } from './helpers.mjs';

let emu;
before(async () => {
  emu = await emulator({ lagMs: 300 });
});
after(async () => {
  await emu?.close();
});
beforeEach(async () => {
  await emu.clearRequests();
});

async function foreignWorkspace() {
  const ws = await emu.client.workspaces.create({ workspaceName: 'Wait', workspaceKey: unique('wt') });
  const other = emu.newClient(); // did not write it: no read-your-writes wait
  const err = await other.workspaces.get(ws.workspaceId).catch((e) => e);
  assert.ok(err instanceof NotFoundError || err instanceof PermissionDeniedError, `the lag shows first: ${err}`);
  return { ws, other };
}

test('Operations holds a typed reference for every GET operation, and only those', () => {
  const gets = Object.values(OPERATIONS).filter((o) => o.method === 'GET');
  assert.deepEqual(Object.values(Operations).map((o) => o.id).sort(), gets.map((o) => o.id).sort());
  assert.equal(Operations.workspacesGet.id, 'workspaces.get');
  assert.equal(Operations.billingProfilesGet.id, 'billing.profiles.get');
  assert.equal(Operations.authApiKeysList.id, 'auth.api_keys.list');
  assert.deepEqual(Operations.clustersGet.pathParams, ['workspaceId', 'clusterId']);
});

test('waitUntilExists(Operations.workspacesGet, id) rides out the lag for a foreign write', async () => {
  const { ws, other } = await foreignWorkspace();
  const found = await other.waitUntilExists(Operations.workspacesGet, ws.workspaceId, { maxWait: 5000, headers: { 'X-W': 'ref' } });
  assert.equal(found.workspaceId, ws.workspaceId);
  const polls = (await emu.requests()).filter((r) => r.operation === 'workspaces.get' && r.headers['x-w'] === 'ref');
  assert.ok(polls.length >= 2, `polled until it appeared: ${polls.length}`);
});

test('waitUntilExists(client.workspaces.get, id): a method of the client is the operation', async () => {
  const { ws, other } = await foreignWorkspace();
  const found = await other.waitUntilExists(other.workspaces.get, ws.workspaceId);
  assert.equal(found.workspaceId, ws.workspaceId);
  // two path parameters, a method of another client instance
  const cl = await emu.client.clusters.create(ws.workspaceId, { clusterName: 'w1', clusterType: 'EXTERNAL' });
  const gotCl = await emu.newClient().waitUntilExists(emu.client.clusters.get, ws.workspaceId, cl.clusterId, { maxWait: 5000 });
  assert.equal(gotCl.clusterId, cl.clusterId);
});

test('the dotted id still works, with the path as an array', async () => {
  const { ws, other } = await foreignWorkspace();
  const found = await other.waitUntilExists('workspaces.get', [ws.workspaceId], { maxWait: 5000 });
  assert.equal(found.workspaceId, ws.workspaceId);
});

test('waitUntilDeleted takes the same forms', async () => {
  const a = await emu.client.workspaces.create({ workspaceName: 'Del', workspaceKey: unique('da') });
  const b = await emu.client.workspaces.create({ workspaceName: 'Del', workspaceKey: unique('db') });
  await emu.client.workspaces.get(a.workspaceId);
  await emu.client.workspaces.get(b.workspaceId);
  await emu.client.workspaces.delete(a.workspaceId);
  await emu.client.workspaces.delete(b.workspaceId);
  assert.equal(await emu.client.waitUntilDeleted(Operations.workspacesGet, a.workspaceId, { maxWait: 5000 }), undefined);
  assert.equal(await emu.client.waitUntilDeleted(emu.client.workspaces.get, b.workspaceId, { maxWait: 5000 }), undefined);
  await emu.client.waitUntilDeleted('workspaces.get', [b.workspaceId], { maxWait: 5000 });
});

test('a write, or a function that is not a method of the SDK, is refused before anything is sent', async () => {
  const ws = (await emu.client.workspaces.list()).items[0].workspaceId;
  await emu.clearRequests();
  const write = await emu.client.waitUntilExists(emu.client.workspaces.delete, ws).catch((e) => e);
  assert.ok(write instanceof InvalidRequestError, String(write));
  assert.match(write.message, /workspaces\.delete/);
  await assert.rejects(emu.client.waitUntilExists(OPERATIONS['workspaces.create']), InvalidRequestError);
  await assert.rejects(emu.client.waitUntilExists('workspaces.gett', [ws]), InvalidRequestError);
  const bound = await emu.client.waitUntilExists(emu.client.workspaces.get.bind(emu.client.workspaces), ws).catch((e) => e);
  assert.ok(bound instanceof InvalidRequestError);
  assert.match(bound.message, /not a method of this SDK/);
  await assert.rejects(emu.client.waitUntilExists(42, ws), InvalidRequestError);
  assert.deepEqual(await emu.requests(), [], 'nothing was sent');
});
