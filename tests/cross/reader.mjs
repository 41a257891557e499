#!/usr/bin/env node
// Cross-process read-your-writes, the reading side (tests/cross/README.md): reads the
// writer's JSON lines on stdin, each handled as it arrives: a read without the token on an
// eventual client (a 404/403 counts one `lagSeen`), then with the token as the per-call
// `consistencyToken` option (the workspace must list the invitation, the cluster must be
// readable; any failure counts one `errors`, described on stderr). Prints
// `{"cycles": N, "errors": E, "lagSeen": L}` at the end; exits 1 when E > 0. The emulator
// comes from CLOUDPIRATES_BASE_URL and CLOUDPIRATES_API_KEY. Uses the SDK built in
// bindings/node (`npm run build` there first).
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const { Client, NotFoundError, PermissionDeniedError } = createRequire(import.meta.url)('../../bindings/node');

const client = new Client({ consistency: 'eventual' }); // CLOUDPIRATES_BASE_URL, CLOUDPIRATES_API_KEY
let cycles = 0;
let errors = 0;
let lagSeen = 0;

function fail(what, e) {
  errors++;
  process.stderr.write(`reader: ${what}: ${e?.stack ?? e}\n`);
}

async function handle(text) {
  let w;
  try {
    w = JSON.parse(text);
    if (typeof w.workspaceId !== 'string' || typeof w.token !== 'string') throw new Error('missing workspaceId or token');
  } catch (e) {
    return fail(`a line that is not the writer's (${JSON.stringify(text.slice(0, 80))})`, e);
  }
  cycles++;
  const tag = `cycle ${w.cycle}`;
  try {
    await client.workspaces.get(w.workspaceId);
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof PermissionDeniedError) lagSeen++;
    else fail(`${tag}: read without the token`, e);
  }
  const options = { consistencyToken: w.token };
  const [ws, cl] = await Promise.allSettled([
    client.workspaces.get(w.workspaceId, options),
    client.clusters.get(w.workspaceId, w.clusterId, options),
  ]);
  if (ws.status === 'rejected') fail(`${tag}: workspaces.get with the token`, ws.reason);
  else if (!(ws.value.openMemberInvitations ?? []).some((i) => i.invitationId === w.invitationId)) {
    fail(`${tag}: workspaces.get with the token`, `invitation ${w.invitationId} not in openMemberInvitations`);
  }
  if (cl.status === 'rejected') fail(`${tag}: clusters.get with the token`, cl.reason);
}

const pending = new Set();
for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (text.trim() === '') continue;
  const p = handle(text).catch((e) => fail('unexpected', e));
  pending.add(p);
  p.finally(() => pending.delete(p));
}
await Promise.all(pending);
await client.close();
process.stdout.write(`${JSON.stringify({ cycles, errors, lagSeen }).replace(/,"/g, ', "').replace(/":/g, '": ')}\n`);
if (errors > 0) process.exitCode = 1;
