// Calls every operation of the API against the emulator, and checks (coverage test) that
// every operationId of openapi/cloudpirates.yaml was called and is reachable under its
// camelCase name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { Client, OPERATIONS, Page, APIError, PermissionDeniedError } from '@cloudpirates/sdk';
import { emulator, recordingLogger, specOperationIds, unique } from './helpers.mjs';

const DEMO_WS = '6571f2b1e4b0a1a2b3c4d5e6';
const DEMO_CLUSTER = '6571f2b1e4b0a1a2b3c4d5e8';
const DEMO_BP = '6571f2b1e4b0a1a2b3c4b001';

const rec = recordingLogger();
let emu;
let c; // API key of the demo identity (owner of the demo workspace)
const called = new Set();

function calledOps() {
  for (const r of rec.records) {
    const d = r.args[0];
    if (r.message.startsWith('cloudpirates: call finished') && d && d.op) called.add(d.op);
  }
  return called;
}

function anon() {
  return new Client({ baseUrl: emu.baseUrl, logger: rec, logLevel: 'debug' });
}

async function codeFor(email, pick) {
  const all = await emu.mfaCodes();
  const me = all.find((i) => i.email === email);
  assert.ok(me, `no MFA state for ${email}`);
  return pick(me);
}

before(async () => {
  emu = await emulator({
    args: ['--applications-happy-path', '--application-updates', 'succeed'],
    client: { logger: rec, logLevel: 'debug' },
  });
  c = emu.client;
});

after(async () => {
  await emu?.close();
});

describe('every operation', () => {
  const email = `${unique('user')}@example.test`;
  const password = 'Start-Passw0rd!';
  let user; // Bearer client of the new identity
  let userId;
  let invitationId;

  test('auth: register, login, me, validate, sessions', async () => {
    const ident = await c.auth.register({ email, password, firstName: 'Node', lastName: 'Tester' });
    assert.equal(ident.email, email);
    userId = ident.identityId;
    const early = await anon().auth.login({ email, password }).catch((e) => e);
    assert.ok(early instanceof PermissionDeniedError, `login before activation: ${early}`);
    await emu.activate(email); // what the activation e-mail's link does
    user = anon();
    const login = await user.auth.login({ email, password });
    assert.ok(login.accessToken);
    assert.equal(user.credentialKind, 'bearer');
    const me = await c.auth.me();
    assert.equal(me.email, emu.email);
    const v = await user.auth.validate();
    assert.equal(v.valid, true);
    const sessions = await user.auth.sessions.list({ includeExpired: true });
    assert.ok(sessions instanceof Page);
    assert.ok(sessions.items.length >= 1);
    await user.auth.requestPasswordReset({ email });
    await user.auth.changePassword({ existingPassword: password, password: 'Changed-Passw0rd!' });
  });

  test('auth: MFA challenges and login challenge', async () => {
    const totp = await user.auth.challenges.startTotp();
    assert.match(totp.otpAuthUri, /^otpauth:\/\/totp\//);
    const code = await codeFor(email, (i) => i.totp);
    await user.auth.challenges.activateTotp({ token: code });
    const sms = await user.auth.challenges.startSms({ number: '+4915112345678' });
    const smsCode = await codeFor(email, (i) => i.pending.find((p) => p.verificationToken === sms.verificationToken).code);
    await user.auth.challenges.activateSms({ verificationToken: sms.verificationToken, challengeCode: smsCode });
    const list = await user.auth.challenges.list();
    assert.equal(list.items.length, 2);

    const second = anon();
    const step1 = await second.auth.login({ email, password: 'Changed-Passw0rd!', desiredChallenge: 'SMS' });
    assert.equal(step1.challengeRequired, true);
    const loginCode = await codeFor(email, (i) => i.pending.find((p) => p.verificationToken === step1.verificationToken).code);
    const tokens = await second.auth.loginChallenge({ verificationToken: step1.verificationToken, challengeCode: loginCode });
    assert.ok(tokens.refreshToken);
    const refreshed = await anon().auth.refresh({ refreshToken: tokens.refreshToken });
    assert.notEqual(refreshed.refreshToken, tokens.refreshToken);
    await second.close();
  });

  test('auth: WebAuthn keys', async () => {
    const credId = unique('cred-');
    const ch = await user.auth.webauthn.challenge();
    const key = await user.auth.webauthn.register({ id: credId, rawId: credId, type: 'public-key', response: { challenge: ch.challenge } });
    assert.ok(key.webAuthnKeyId);
    const keys = await user.auth.webauthn.list();
    assert.ok(keys.items.some((k) => k.webAuthnKeyId === key.webAuthnKeyId));
    const relabeled = await user.auth.webauthn.updateLabel(key.webAuthnKeyId, { label: 'YubiKey' });
    assert.equal(relabeled.label, 'YubiKey');
    const ch2 = await anon().auth.webauthn.challenge();
    const wl = await anon().auth.webauthn.login({ id: credId, type: 'public-key', response: { challenge: ch2.challenge } });
    assert.ok(wl.accessToken);
    await user.auth.webauthn.delete(key.webAuthnKeyId);
  });

  test('auth: API keys', async () => {
    const created = await user.auth.apiKeys.create({ label: 'ci' });
    assert.match(created.apiKey, /^cpk_/);
    const keyClient = new Client({ baseUrl: emu.baseUrl, apiKey: created.apiKey });
    assert.equal((await keyClient.auth.me()).email, email);
    await keyClient.close();
    const keys = await user.auth.apiKeys.list();
    assert.ok(keys.items.some((k) => k.id === created.id));
    await user.auth.apiKeys.delete(created.id);
  });

  test('workspaces, members, invitations, clusters', async () => {
    const list = await c.workspaces.list();
    assert.ok(list.items.some((w) => w.workspaceId === DEMO_WS));
    const ws = await c.workspaces.create({ workspaceName: 'Node SDK', workspaceKey: unique('n') });
    const got = await c.workspaces.get(ws.workspaceId);
    assert.equal(got.workspaceName, 'Node SDK');
    const renamed = await c.workspaces.rename(ws.workspaceId, { workspaceName: 'Node SDK 2' });
    assert.equal(renamed.workspaceName, 'Node SDK 2');

    const inv = await c.workspaces.invitations.create(ws.workspaceId, { email, role: 'MEMBER', message: 'welcome' });
    invitationId = inv.invitationId;
    assert.ok(invitationId);
    const member = await user.workspaces.invitations.accept({ invitationId });
    assert.equal(member.role, 'MEMBER');
    const members = await c.workspaces.members.list(ws.workspaceId);
    assert.equal(members.items.length, 2);
    const updated = await c.workspaces.members.updateRole(ws.workspaceId, member.workspaceMemberId, { role: 'VIEWER' });
    assert.equal(updated.role, 'VIEWER');
    await c.workspaces.members.remove(ws.workspaceId, member.workspaceMemberId);

    const clusters = await c.clusters.list(ws.workspaceId);
    assert.equal(clusters.items.length, 0);
    const cl = await c.clusters.create(ws.workspaceId, { clusterName: 'edge', clusterType: 'EXTERNAL' });
    assert.equal((await c.clusters.get(ws.workspaceId, cl.clusterId)).clusterName, 'edge');
    assert.equal((await c.clusters.rename(ws.workspaceId, cl.clusterId, { clusterName: 'edge-2' })).clusterName, 'edge-2');
    const tok = await c.clusters.rotateAccessToken(ws.workspaceId, cl.clusterId);
    assert.ok(tok.accessToken);
    await c.clusters.delete(ws.workspaceId, cl.clusterId);
    await c.workspaces.delete(ws.workspaceId);
  });

  test('observability', async () => {
    const nodes = await c.observability.listResources(DEMO_WS, DEMO_CLUSTER, 'NODE');
    assert.ok(nodes.items.length > 0);
    const name = nodes.items[0].metadata.name;
    const env = await c.observability.getResource(DEMO_WS, DEMO_CLUSTER, 'NODE', name);
    assert.equal(env.clusterId, DEMO_CLUSTER);
    const allPods = await c.observability.listResources(DEMO_WS, DEMO_CLUSTER, 'POD');
    const ns = allPods.items[0].metadata.namespace;
    const pods = await c.observability.listNamespacedResources(DEMO_WS, DEMO_CLUSTER, ns, 'POD');
    assert.ok(pods.items.length > 0);
    const pod = pods.items[0].metadata;
    const podEnv = await c.observability.getNamespacedResource(DEMO_WS, DEMO_CLUSTER, pod.namespace, 'POD', pod.name);
    assert.equal(podEnv.resource.metadata.name, pod.name);
    const events = await c.observability.listEvents(DEMO_WS, DEMO_CLUSTER, { limit: 5 });
    assert.ok(events.items.length > 0);
  });

  test('applications and templates', async () => {
    const templates = await c.applications.templates.list({ limit: 5 });
    assert.equal(templates.items.length, 5);
    const apps = await c.applications.list(DEMO_WS);
    const seeded = apps.items[0];
    const tpl = await c.applications.templates.get(seeded.applicationTemplateId);
    assert.ok(tpl.presets?.length);
    const app = await c.applications.create(DEMO_WS, {
      applicationTemplateId: seeded.applicationTemplateId,
      applicationTemplatePresetId: seeded.applicationTemplatePresetId,
      clusterId: DEMO_CLUSTER,
      appVersion: seeded.appVersion,
      name: unique('app-'),
    });
    assert.ok(app.applicationId);
    assert.equal((await c.applications.get(DEMO_WS, app.applicationId)).applicationId, app.applicationId);
    await c.applications.updateValues(DEMO_WS, app.applicationId, { applicationValues: { replicaCount: 2 } });
    await c.applications.updateVersion(DEMO_WS, app.applicationId, { appVersion: seeded.appVersion });
    const logs = await c.applications.logs(DEMO_WS, app.applicationId);
    assert.ok(logs.items.length > 0);
    await c.applications.delete(DEMO_WS, app.applicationId);
  });

  test('billing: profiles, invoices, transactions, trainings', async () => {
    const profiles = await c.billing.profiles.list();
    assert.ok(profiles.items.length >= 1);
    const bp = await c.billing.profiles.create({
      billingProfileName: 'Node GmbH',
      billingProfileAddress: { addressLine1: 'Hafenstr. 1', postalCode: '20457', city: 'Hamburg', countryCode: 'DE' },
    });
    const id = bp.billingProfileId;
    assert.equal((await c.billing.profiles.get(id)).billingProfileName, 'Node GmbH');
    assert.equal((await c.billing.profiles.rename(id, { billingProfileName: 'Node AG' })).billingProfileName, 'Node AG');
    const addr = await c.billing.profiles.updateAddress(id, {
      billingProfileAddress: { addressLine1: 'Kai 2', postalCode: '20457', city: 'Hamburg', countryCode: 'DE' },
    });
    assert.equal(addr.billingProfileAddress.addressLine1, 'Kai 2');
    assert.equal((await c.billing.profiles.setPurchaseOrderNumber(id, { purchaseOrderNumber: 'PO-7' })).purchaseOrderNumber, 'PO-7');
    await c.billing.profiles.deletePurchaseOrderNumber(id);
    const withMail = await c.billing.profiles.addEmailAddress(id, { emailAddress: 'ap@example.test' });
    assert.ok(withMail.emailAddresses.includes('ap@example.test'));
    await c.billing.profiles.removeEmailAddress(id, { emailAddress: 'ap@example.test' });
    assert.equal((await c.billing.profiles.setSendInvoicesByEmail(id, { sendInvoicesByEmail: false })).sendInvoicesByEmail, false);
    await c.billing.profiles.delete(id);
    const other = await c.billing.profiles.create({
      billingProfileName: 'Node KG',
      billingProfileAddress: { addressLine1: 'Kai 3', postalCode: '20457', city: 'Hamburg', countryCode: 'DE' },
    });
    const assigned = await c.billing.profiles.assignIdentity(other.billingProfileId, { billingProfileId: other.billingProfileId, identityId: userId });
    assert.ok(assigned.identityIds.includes(userId));

    const invoices = await c.billing.invoices.list(DEMO_BP);
    assert.ok(invoices.items.length > 0);
    const inv = await c.billing.invoices.get(DEMO_BP, invoices.items[0].invoiceId);
    const { url } = await c.billing.invoices.pdfUrl(DEMO_BP, inv.invoiceId);
    const u = new URL(url);
    const fileName = decodeURIComponent(u.pathname.split('/').pop());
    const pdf = await c.billing.invoices.downloadPdf(DEMO_BP, inv.invoiceId, fileName, {
      expires: u.searchParams.get('expires'),
      token: u.searchParams.get('token'),
    });
    assert.ok(Buffer.isBuffer(pdf));
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const tx = await c.billing.transactions.list(DEMO_BP, { limit: 3 });
    assert.ok(tx.items.length > 0);
    const trainings = await c.trainings.list();
    assert.ok(Array.isArray(trainings.items));
  });

  test('auth: log out a session (last: it ends the session)', async () => {
    const sessions = await user.auth.sessions.list();
    const current = sessions.items.find((s) => s.current) ?? sessions.items[0];
    await user.auth.sessions.logout(current.sessionId);
    await assert.rejects(user.auth.validate(), APIError);
  });
});

// The write part again, with the emulator answering every successful write thinly (switched at
// run time with `emu.configure({ writeResponses })`): each write still resolves, model results are objects
// completed from the request, and the state the reads show is what the writes did.
const THIN_MODES = ['empty', 'empty_object', 'no_content', 'minimal'];

async function writeMode(mode) {
  const cfg = await emu.configure({ writeResponses: mode });
  assert.equal(cfg.writeResponses, mode);
}

/** Runs `fn` with the emulator in `full` mode (set-up steps whose answer the test needs). */
async function full(mode, fn) {
  await writeMode('full');
  try {
    return await fn();
  } finally {
    await writeMode(mode);
  }
}

function isModel(r) {
  assert.ok(r !== null && typeof r === 'object' && !Array.isArray(r), `expected an object, got ${JSON.stringify(r)}`);
  return r;
}

/** The id of the one item of `after` that `before` did not have. */
function newId(before, after, field) {
  const known = new Set(before.items.map((x) => x[field]));
  const fresh = after.items.filter((x) => !known.has(x[field]));
  assert.equal(fresh.length, 1, `expected one new ${field}`);
  return fresh[0][field];
}

describe('every write with thin responses (writeResponses switched at run time)', () => {
  after(async () => {
    await emu.configure({ writeResponses: 'full' });
  });

  for (const mode of THIN_MODES) {
    test(`writeResponses=${mode}`, async () => {
      await writeMode(mode);
      const email = `${unique(`thin-${mode}-`)}@example.test`.replace(/_/g, '-');
      let password = 'Thin-Passw0rd!';

      // auth (no credentials)
      const ident = isModel(await c.auth.register({ email, password, firstName: 'Thin', lastName: mode }));
      assert.equal(ident.email, email, 'completed from the request');
      await emu.activate(email);
      isModel(await anon().auth.login({ email, password }));
      await c.auth.requestPasswordReset({ email }).then(isModel);
      const user = anon();
      const tokens = await full(mode, () => user.auth.login({ email, password }));
      assert.equal(user.credentialKind, 'bearer');
      isModel(await anon().auth.refresh({ refreshToken: tokens.refreshToken }));
      const userId = (await user.auth.me()).identityId;

      // MFA challenges (codes from the emulator, since thin answers carry no token)
      isModel(await user.auth.challenges.startTotp());
      await user.auth.challenges.activateTotp({ token: await codeFor(email, (i) => i.totp) }).then(isModel);
      isModel(await user.auth.challenges.startSms({ number: '+4915112345678' }));
      const pending = await codeFor(email, (i) => i.pending.find((p) => p.type === 'SMS'));
      await user.auth.challenges.activateSms({ verificationToken: pending.verificationToken, challengeCode: pending.code }).then(isModel);
      assert.equal((await user.auth.challenges.list()).items.length, 2);
      const second = anon();
      const step1 = await full(mode, () => second.auth.login({ email, password, desiredChallenge: 'SMS' }));
      const loginCode = await codeFor(email, (i) => i.pending.find((p) => p.verificationToken === step1.verificationToken).code);
      isModel(await second.auth.loginChallenge({ verificationToken: step1.verificationToken, challengeCode: loginCode }));
      await second.close();

      // WebAuthn
      isModel(await anon().auth.webauthn.challenge());
      const credId = unique('cred-');
      const ch = await full(mode, () => user.auth.webauthn.challenge());
      const keysBefore = await user.auth.webauthn.list();
      isModel(await user.auth.webauthn.register({ id: credId, rawId: credId, type: 'public-key', response: { challenge: ch.challenge } }));
      const keyId = newId(keysBefore, await user.auth.webauthn.list(), 'webAuthnKeyId');
      const relabeled = isModel(await user.auth.webauthn.updateLabel(keyId, { label: 'Thin' }));
      assert.equal(relabeled.webAuthnKeyId, keyId);
      assert.equal(relabeled.label, 'Thin');
      assert.equal((await user.auth.webauthn.list()).items.find((k) => k.webAuthnKeyId === keyId).label, 'Thin');
      const ch2 = await full(mode, () => anon().auth.webauthn.challenge());
      isModel(await anon().auth.webauthn.login({ id: credId, type: 'public-key', response: { challenge: ch2.challenge } }));
      assert.equal(await user.auth.webauthn.delete(keyId), undefined);

      // API keys
      const apiKeysBefore = await user.auth.apiKeys.list();
      isModel(await user.auth.apiKeys.create({ label: `thin-${mode}` }));
      const apiKeyId = newId(apiKeysBefore, await user.auth.apiKeys.list(), 'id');
      assert.equal(await user.auth.apiKeys.delete(apiKeyId), undefined);

      // workspaces, invitations, members, clusters
      const workspaceKey = unique('t');
      const created = isModel(await c.workspaces.create({ workspaceName: 'Thin', workspaceKey }));
      assert.equal(created.workspaceKey ?? workspaceKey, workspaceKey);
      const ws = (await c.workspaces.list({ limit: 100 })).items.find((w) => w.workspaceKey === workspaceKey);
      assert.ok(ws, 'created workspace found by its key');
      const wsId = ws.workspaceId;
      const renamed = isModel(await c.workspaces.rename(wsId, { workspaceName: 'Thin 2' }));
      assert.equal(renamed.workspaceId, wsId);
      assert.equal(renamed.workspaceName, 'Thin 2');
      assert.equal((await c.workspaces.get(wsId)).workspaceName, 'Thin 2');
      isModel(await c.workspaces.invitations.create(wsId, { email, role: 'MEMBER' }));
      const inv = (await emu.invitations()).find((i) => i.workspaceId === wsId && i.email === email);
      assert.ok(inv, 'the emulator sent the invitation');
      const membersBefore = await c.workspaces.members.list(wsId);
      isModel(await user.workspaces.invitations.accept({ invitationId: inv.invitationId }));
      const memberId = newId(membersBefore, await c.workspaces.members.list(wsId), 'workspaceMemberId');
      const role = isModel(await c.workspaces.members.updateRole(wsId, memberId, { role: 'VIEWER' }));
      assert.equal(role.role, 'VIEWER');
      assert.equal(await c.workspaces.members.remove(wsId, memberId), undefined);
      const clustersBefore = await c.clusters.list(wsId);
      isModel(await c.clusters.create(wsId, { clusterName: 'thin', clusterType: 'EXTERNAL' }));
      const clusterId = newId(clustersBefore, await c.clusters.list(wsId), 'clusterId');
      assert.equal(isModel(await c.clusters.rename(wsId, clusterId, { clusterName: 'thin-2' })).clusterName, 'thin-2');
      assert.equal((await c.clusters.get(wsId, clusterId)).clusterName, 'thin-2');
      assert.equal(typeof isModel(await c.clusters.rotateAccessToken(wsId, clusterId)).accessToken, 'string');
      assert.equal(await c.clusters.delete(wsId, clusterId), undefined);
      assert.equal(await c.workspaces.delete(wsId), undefined);

      // applications (the emulator runs with --applications-happy-path and updates that succeed)
      const appsBefore = await c.applications.list(DEMO_WS, { limit: 100 });
      const seeded = appsBefore.items[0];
      isModel(await c.applications.create(DEMO_WS, {
        applicationTemplateId: seeded.applicationTemplateId,
        applicationTemplatePresetId: seeded.applicationTemplatePresetId,
        clusterId: DEMO_CLUSTER,
        appVersion: seeded.appVersion,
        name: unique('thin-'),
      }));
      const appId = newId(appsBefore, await c.applications.list(DEMO_WS, { limit: 100 }), 'applicationId');
      const values = isModel(await c.applications.updateValues(DEMO_WS, appId, { applicationValues: { replicaCount: 3 } }));
      assert.equal(values.applicationId, appId);
      isModel(await c.applications.updateVersion(DEMO_WS, appId, { appVersion: seeded.appVersion }));
      assert.equal(await c.applications.delete(DEMO_WS, appId), undefined);

      // billing profiles
      const address = { addressLine1: 'Thin 1', postalCode: '20457', city: 'Hamburg', countryCode: 'DE' };
      const bpBefore = await c.billing.profiles.list({ limit: 100 });
      isModel(await c.billing.profiles.create({ billingProfileName: `Thin ${mode}`, billingProfileAddress: address }));
      const bp = newId(bpBefore, await c.billing.profiles.list({ limit: 100 }), 'billingProfileId');
      assert.equal(isModel(await c.billing.profiles.rename(bp, { billingProfileName: 'Thin AG' })).billingProfileName, 'Thin AG');
      assert.equal((await c.billing.profiles.get(bp)).billingProfileName, 'Thin AG');
      const moved = isModel(await c.billing.profiles.updateAddress(bp, { billingProfileAddress: { ...address, addressLine1: 'Thin 2' } }));
      assert.equal(moved.billingProfileAddress.addressLine1, 'Thin 2');
      assert.equal(isModel(await c.billing.profiles.setPurchaseOrderNumber(bp, { purchaseOrderNumber: 'PO-T' })).purchaseOrderNumber, 'PO-T');
      assert.equal(await c.billing.profiles.deletePurchaseOrderNumber(bp), undefined);
      isModel(await c.billing.profiles.addEmailAddress(bp, { emailAddress: 'thin@example.test' }));
      assert.ok((await c.billing.profiles.get(bp)).emailAddresses.includes('thin@example.test'));
      assert.equal(await c.billing.profiles.removeEmailAddress(bp, { emailAddress: 'thin@example.test' }), undefined);
      assert.equal(isModel(await c.billing.profiles.setSendInvoicesByEmail(bp, { sendInvoicesByEmail: false })).sendInvoicesByEmail, false);
      assert.equal(await c.billing.profiles.delete(bp), undefined);
      isModel(await c.billing.profiles.assignIdentity(DEMO_BP, { billingProfileId: DEMO_BP, identityId: userId }));
      assert.ok((await c.billing.profiles.get(DEMO_BP)).identityIds.includes(userId));

      // last: change the password, then log a session out
      isModel(await user.auth.changePassword({ existingPassword: password, password: 'Thin-Changed-Passw0rd!' }));
      password = 'Thin-Changed-Passw0rd!';
      const sessions = await user.auth.sessions.list();
      const current = sessions.items.find((x) => x.current) ?? sessions.items[0];
      isModel(await user.auth.sessions.logout(current.sessionId));
      await user.close();
    });
  }
});

describe('coverage', () => {
  test('the OpenAPI file and the SDK describe the same operations', () => {
    const spec = specOperationIds();
    assert.equal(spec.length, 72);
    assert.deepEqual(Object.keys(OPERATIONS).sort(), [...spec].sort());
  });

  test('every operation is reachable under its camelCase name', () => {
    const client = new Client({ baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'cpk_unused' });
    const camel = (s) => s.replace(/_([a-z])/g, (_, ch) => ch.toUpperCase());
    for (const id of specOperationIds()) {
      const parts = id.split('.').map(camel);
      let target = client;
      for (const p of parts.slice(0, -1)) target = target[p];
      assert.equal(typeof target?.[parts.at(-1)], 'function', `${id} is not client.${parts.join('.')}`);
      assert.equal(OPERATIONS[id].jsName, parts.join('.'));
    }
  });

  test('every operationId of the OpenAPI file was called against the emulator', () => {
    const missing = specOperationIds().filter((id) => !calledOps().has(id));
    assert.deepEqual(missing, [], `not called: ${missing.join(', ')}`);
  });
});
