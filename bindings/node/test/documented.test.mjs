// The API's documented awkwardness, as the emulator serves it by default: activation before the
// first login, the password rules, the ChallengeTypeInvalidError business error, the trainings
// Link quirks, the one-time API key secret, MFA login answers without `challengeRequired`, the
// never-answering application updates; and read-your-writes at the realistic default lag.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { after, before, describe, test } from 'node:test';

import { BadRequestError, InvalidRequestError, OutcomeUnknownError, PermissionDeniedError } from '@cloudpirates/sdk';
import { emulator, unique } from './helpers.mjs';

const DEMO_WS = '6571f2b1e4b0a1a2b3c4d5e6';
const PASSWORD = 'Sturdy-Passw0rd-42';
let emu;

before(async () => {
  emu = await emulator({ lagMs: 0, applicationUpdateDelayMs: 200 });
});
after(async () => {
  await emu?.close();
});

const anon = () => emu.newClient({ apiKey: undefined, accessToken: undefined, refreshToken: undefined });
const email = (p) => `${unique(p)}@cloudpirates.test`;
const register = (addr, password = PASSWORD) => anon().auth.register({ email: addr, password, firstName: 'Doc', lastName: 'Umented' });
const codes = async (addr) => (await emu.mfaCodes()).find((i) => i.email === addr);

test('registration needs activation before the first login', async () => {
  const addr = email('activate-');
  await register(addr);
  const err = await anon().auth.login({ email: addr, password: PASSWORD }).catch((e) => e);
  assert.ok(err instanceof PermissionDeniedError, `got ${err}`);
  assert.equal(err.status, 403);
  await emu.activate(addr);
  const user = anon();
  assert.ok((await user.auth.login({ email: addr, password: PASSWORD })).accessToken);
  assert.equal((await user.auth.me()).email, addr);
});

test('registration without activation when it is turned off', async () => {
  await emu.configure({ requireActivation: false });
  try {
    const addr = email('at-once-');
    await register(addr);
    assert.ok((await anon().auth.login({ email: addr, password: PASSWORD })).accessToken);
  } finally {
    await emu.configure({ requireActivation: true });
  }
});

for (const [password, expected] of [['weakpass', 'complex'], ['Passw0rd!', 'breach']]) {
  test(`a ${expected === 'complex' ? 'weak' : 'breached'} password is refused with a typed BadRequestError carrying the business error`, async () => {
    const err = await register(email('pw-'), password).catch((e) => e);
    assert.ok(err instanceof BadRequestError, `got ${err}`);
    assert.equal(err.status, 400);
    assert.equal(err.attempts, 1);
    assert.deepEqual(err.validationErrors, []);
    assert.equal(err.businessError.path, 'password');
    assert.match(String(err.businessError.expected), new RegExp(expected));
    assert.match(err.message.toLowerCase(), new RegExp(expected));
    assert.ok(!JSON.stringify(err).includes(password) && !inspect(err).includes(password), 'the password is never echoed');

    // change_password applies the same rules
    const addr = email('pw-change-');
    await register(addr);
    await emu.activate(addr);
    const user = anon();
    await user.auth.login({ email: addr, password: PASSWORD });
    const err2 = await user.auth.changePassword({ existingPassword: PASSWORD, password }).catch((e) => e);
    assert.ok(err2 instanceof BadRequestError, `got ${err2}`);
    assert.equal(err2.businessError.path, 'password');
  });
}

test('a lower-case desiredChallenge is the ChallengeTypeInvalidError business error', async () => {
  const err = await anon().auth.login({ email: emu.email, password: emu.password, desiredChallenge: 'sms' }).catch((e) => e);
  assert.ok(err instanceof BadRequestError, `got ${err}`);
  assert.equal(err.status, 400);
  assert.deepEqual(err.validationErrors, []);
  assert.equal(err.businessError.path, 'desiredChallenge');
  assert.deepEqual(err.businessError.params, { desiredChallenge: 'sms' });
  assert.match(err.message, /ChallengeTypeInvalidError/);
});

test('challengeRequired is derived from the tokens (the server does not send it)', async () => {
  const addr = email('mfa-');
  await register(addr);
  await emu.activate(addr);
  const user = anon();
  await user.auth.login({ email: addr, password: PASSWORD });
  await user.auth.challenges.startTotp();
  await user.auth.challenges.activateTotp({ token: (await codes(addr)).totp });

  // the raw answer, as the documented API's: no challengeRequired field
  const res = await fetch(`${emu.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: addr, password: PASSWORD, desiredChallenge: 'TOTP' }),
  });
  const raw = await res.json();
  assert.equal(res.status, 200);
  assert.ok(!('challengeRequired' in raw) && raw.verificationToken && !('accessToken' in raw), JSON.stringify(Object.keys(raw)));

  const step = await anon().auth.login({ email: addr, password: PASSWORD, desiredChallenge: 'TOTP' });
  assert.equal(step.challengeRequired, true);
  assert.equal(step.accessToken, undefined);
  assert.ok(step.verificationToken);
  const done = await anon().auth.loginChallenge({ verificationToken: step.verificationToken, challengeCode: (await codes(addr)).totp });
  assert.ok(done.accessToken);
  const plain = await anon().auth.login({ email: emu.email, password: emu.password });
  assert.ok(plain.accessToken);
  assert.ok(plain.challengeRequired !== true);
});

test('listAll pages through the quirky trainings Link: every item exactly once', async () => {
  assert.equal((await emu.config()).linkQuirks, true);
  const res = await fetch(`${emu.baseUrl}/trainings?limit=5&offset=10`, { headers: { authorization: `ApiKey ${emu.apiKey}` } });
  assert.match(res.headers.get('link'), /<\/api\/trainings\?.*rel="first"/, 'the quirks are served');
  const page = await emu.client.trainings.list({ limit: 5, offset: 10 });
  assert.equal(page.items.length, 5);
  assert.equal(page.total, 48);
  assert.equal(page.hasNextPage(), true);
  for (const limit of [5, 7]) {
    const ids = [];
    for await (const t of emu.client.trainings.listAll({ limit })) ids.push(t.trainingId);
    assert.equal(ids.length, 48, `limit ${limit}`);
    assert.equal(new Set(ids).size, 48, `limit ${limit}: no duplicates`);
  }
});

test("a created API key's secret can be read (once) and used", async () => {
  const user = anon();
  await user.auth.login({ email: emu.email, password: emu.password });
  const created = await user.auth.apiKeys.create({ label: 'ci-secret' });
  assert.equal(created.label, 'ci-secret');
  assert.equal(typeof created.apiKey, 'string');
  assert.ok(created.apiKey.length > 8);
  assert.ok(!inspect(created).includes(created.apiKey), 'the secret never prints');
  const byKey = emu.newClient({ apiKey: created.apiKey });
  assert.equal((await byKey.auth.me()).email, emu.email);
  await user.auth.apiKeys.delete(created.id);
});

test('a Bearer-only route without credentials is refused before sending', async () => {
  const err = await anon().auth.sessions.list().catch((e) => e);
  assert.ok(err instanceof InvalidRequestError, `got ${err}`);
});

test('the never-answering application update hangs the configured delay, then 504', async () => {
  assert.ok((await emu.config()).applicationUpdateDelayMs <= 200);
  const app = (await emu.client.applications.list(DEMO_WS)).items[0];
  const started = Date.now();
  const err = await emu.client.applications.updateValues(DEMO_WS, app.applicationId, { applicationValues: { replicaCount: 2 } }).catch((e) => e);
  assert.ok(err instanceof OutcomeUnknownError, `got ${err}`);
  assert.equal(err.status, 504);
  assert.equal(err.attempts, 1);
  const took = Date.now() - started;
  assert.ok(took >= 150 && took < 5000, `took ${took} ms`);
});

describe('read-your-writes at the realistic default lag (150 ms)', () => {
  let lagged;
  before(async () => {
    lagged = await emulator({ lagMs: 150 });
  });
  after(async () => {
    await lagged?.close();
  });

  test('a read right after an own create and rename sees them', async () => {
    const ws = await lagged.client.workspaces.create({ workspaceName: 'Lagged', workspaceKey: unique('ryw') });
    assert.equal((await lagged.client.workspaces.get(ws.workspaceId)).workspaceName, 'Lagged');
    const ids = [];
    for await (const w of lagged.client.workspaces.listAll()) ids.push(w.workspaceId);
    assert.ok(ids.includes(ws.workspaceId));
  });
});
