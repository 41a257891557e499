#!/usr/bin/env node
// Cross-process read-your-writes, the writing side (tests/cross/README.md): CROSS_CYCLES
// cycles (default 100), CROSS_CONCURRENCY at a time (default 10), each on a client of its own
// that creates a workspace, an invitation in it and a cluster in it, then prints one JSON line
// with the ids and the client's consistency token. The emulator comes from
// CLOUDPIRATES_BASE_URL and CLOUDPIRATES_API_KEY. Uses the SDK built in bindings/node
// (`npm run build` there first).
import { createRequire } from 'node:module';

const { Client } = createRequire(import.meta.url)('../../bindings/node');

const cycles = positive('CROSS_CYCLES', 100);
const concurrency = positive('CROSS_CONCURRENCY', 10);
const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;

function positive(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${v}`);
  return n;
}

/** One line in the documented format: `{"cycle": 7, "workspaceId": "...", ...}`. */
function line(fields) {
  return `{${Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}\n`;
}

async function cycle(n) {
  const client = new Client(); // CLOUDPIRATES_BASE_URL, CLOUDPIRATES_API_KEY
  try {
    const key = `x${run}c${n}`;
    const ws = await client.workspaces.create({ workspaceName: `Cross ${n}`, workspaceKey: key });
    const inv = await client.workspaces.invitations.create(ws.workspaceId, { email: `${key}@example.test`, role: 'MEMBER' });
    const cl = await client.clusters.create(ws.workspaceId, { clusterName: `cross-${n}`, clusterType: 'EXTERNAL' });
    if (!inv.invitationId || !cl.clusterId) throw new Error('the API answered no invitation or cluster id');
    const text = line({
      cycle: n,
      workspaceId: ws.workspaceId,
      invitationId: inv.invitationId,
      clusterId: cl.clusterId,
      token: client.consistencyToken(),
    });
    await new Promise((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
  } finally {
    await client.close();
  }
}

// The reader went away (EPIPE): nothing more can be handed on.
process.stdout.on('error', (e) => {
  process.stderr.write(`writer: stdout closed: ${e.code ?? e}\n`);
  process.exit(1);
});

let next = 0;
let failed = 0;
async function worker() {
  while (next < cycles) {
    const n = next++;
    await cycle(n).catch((e) => {
      failed++;
      process.stderr.write(`writer: cycle ${n} failed: ${e?.stack ?? e}\n`);
    });
  }
}
await Promise.all(Array.from({ length: Math.min(concurrency, cycles) }, worker));
if (failed > 0) {
  process.stderr.write(`writer: ${failed} of ${cycles} cycles failed\n`);
  process.exitCode = 1;
}
