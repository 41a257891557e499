// Read-your-writes under the emulator's read-model lag.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { NotFoundError, PermissionDeniedError } from '@cloudpirates/sdk';
import { emulator, unique } from './helpers.mjs';

let emu;
before(async () => {
  emu = await emulator({ lagMs: 400 });
});
after(async () => {
  await emu?.close();
});

test('a read right after this client\'s own create sees it (the SDK rides out the lag)', async () => {
  const ws = await emu.client.workspaces.create({ workspaceName: 'Lagged', workspaceKey: unique('lag') });
  const got = await emu.client.workspaces.get(ws.workspaceId);
  assert.equal(got.workspaceId, ws.workspaceId);
  const cl = await emu.client.clusters.create(ws.workspaceId, { clusterName: 'c1', clusterType: 'EXTERNAL' });
  const gotCl = await emu.client.clusters.get(ws.workspaceId, cl.clusterId);
  assert.equal(gotCl.clusterName, 'c1');
});

test('strong reads also see this client\'s own rename', async () => {
  const bp = await emu.client.billing.profiles.create({
    billingProfileName: 'Before',
    billingProfileAddress: { addressLine1: 'A 1', postalCode: '10115', city: 'Berlin', countryCode: 'DE' },
  });
  await emu.client.billing.profiles.get(bp.billingProfileId);
  await emu.client.billing.profiles.rename(bp.billingProfileId, { billingProfileName: 'After' }, { consistency: 'strong' });
  const got = await emu.client.billing.profiles.get(bp.billingProfileId, { consistency: 'strong' });
  assert.equal(got.billingProfileName, 'After');
});

test('with eventual consistency the lag shows', async () => {
  const ws = await emu.client.workspaces.create({ workspaceName: 'Eventual', workspaceKey: unique('ev') });
  const err = await emu.client.workspaces.get(ws.workspaceId, { consistency: 'eventual' }).catch((e) => e);
  assert.ok(err instanceof NotFoundError || err instanceof PermissionDeniedError, String(err));
});

test('another client does not wait for writes it did not make, and a waiter finds them', async () => {
  const ws = await emu.client.workspaces.create({ workspaceName: 'Other', workspaceKey: unique('ot') });
  const other = emu.newClient();
  const started = Date.now();
  const err = await other.workspaces.get(ws.workspaceId).catch((e) => e);
  assert.ok(err instanceof NotFoundError || err instanceof PermissionDeniedError, String(err));
  assert.ok(Date.now() - started < 300, 'a foreign 404/403 comes back at once');
  const found = await other.waitUntilExists('workspaces.get', [ws.workspaceId], { maxWait: 5000 });
  assert.equal(found.workspaceId, ws.workspaceId);
});
