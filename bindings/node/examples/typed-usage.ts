// A program using the typed API; `tsc --strict --noEmit -p examples` must pass on it.
import {
  Client,
  NotFoundError,
  NotImplementedError,
  InternalServerError,
  OutcomeUnknownError,
  RateLimitError,
  BadRequestError,
  type Page,
  type Workspace,
  type WorkspaceSummary,
  type WorkspaceMemberRole,
  type BillingProfile,
  type ClientOptions,
  type APIPromise,
  type APIResponseInfo,
  type WithResponse,
  type RequestOptions,
  type Cluster,
  type GetOperationId,
  Operations,
} from '@cloudpirates/sdk';
import { startEmulator } from '@cloudpirates/sdk/testing';

async function main(): Promise<void> {
  const options: ClientOptions = { apiKey: process.env.CLOUDPIRATES_API_KEY, timeout: 30_000, maxRetries: 2 };
  const client = new Client(options);

  const ws: Workspace = await client.workspaces.create({ workspaceName: 'Typed', workspaceKey: 'typed' });
  const role: WorkspaceMemberRole = 'VIEWER';
  const members = await client.workspaces.members.list(ws.workspaceId);
  const first = members.items[0];
  if (first?.workspaceMemberId) {
    const updated = await client.workspaces.members.updateRole(ws.workspaceId, first.workspaceMemberId, { role }, { timeout: 5_000 });
    const r: WorkspaceMemberRole | undefined = updated.role;
    console.log(r);
  }

  // Every list pages; the lists of the first release keep their page-less form too.
  const few: Page<WorkspaceSummary> = await client.workspaces.list({ limit: 5, offset: 0 });
  const old: Page<WorkspaceSummary> = await client.workspaces.list({ signal: new AbortController().signal });
  const plain: Page<WorkspaceSummary> = await client.workspaces.list();
  const oldMembers = await client.workspaces.members.list(ws.workspaceId, { timeout: 5_000 });
  const pagedMembers = await client.workspaces.members.list(ws.workspaceId, { limit: 2 }, { timeout: 5_000 });
  for await (const w of client.workspaces.listAll({ maxRetries: 1 })) console.log(w.workspaceId);
  for await (const w of client.workspaces.listAll({ limit: 50 })) console.log(w.workspaceId);
  console.log(few.limit, old.items.length, plain.total, oldMembers.items.length, pagedMembers.limit);

  const page: Page<BillingProfile> = await client.billing.profiles.list({ limit: 10 });
  console.log(page.total, page.hasNextPage());
  const next: Page<BillingProfile> | null = await page.nextPage();
  console.log(next?.items.length);
  for await (const profile of client.billing.profiles.listAll()) {
    const name: string | undefined = profile.billingProfileName;
    console.log(name);
  }

  const ac = new AbortController();
  try {
    await client.clusters.get(ws.workspaceId, 'missing', { signal: ac.signal });
  } catch (e) {
    if (e instanceof NotFoundError) console.log(e.status, e.requestId);
    else if (e instanceof RateLimitError) console.log(e.retryAfter);
    else if (e instanceof OutcomeUnknownError) console.log(e.mayHaveExecuted);
    else if (e instanceof NotImplementedError) console.log(e.status satisfies number | undefined);
    else if (e instanceof InternalServerError) console.log(e.attempts);
    else if (e instanceof BadRequestError) console.log(e.validationErrors.map((v) => v.keyword));
    else throw e;
  }

  // Per-call options (headers included) and the raw response beside the model.
  const opts: RequestOptions = { timeout: 5_000, maxRetries: 1, consistency: 'eventual', headers: { 'X-Tenant': 'blue' } };
  const pending: APIPromise<Workspace> = client.workspaces.get(ws.workspaceId, opts);
  const asPromise: Promise<Workspace> = pending;
  const withRes: WithResponse<Workspace> = await client.workspaces.get(ws.workspaceId).withResponse();
  const { data: got, response } = withRes;
  const info: APIResponseInfo = response;
  const status: number = info.status;
  const requestId: string | undefined = info.requestId;
  const total: string | null = info.headers.get('x-total');
  const timing: [number, number] = [info.attempts, info.waited];
  const paged = await client.workspaces.list({ limit: 1 }, { headers: { 'X-Trace': 't' } }).withResponse();
  const pageData: Page<WorkspaceSummary> = paged.data;
  const pageInfo: APIResponseInfo = paged.response;
  const oldForm: Page<WorkspaceSummary> = await client.workspaces.list({ headers: { 'X-Trace': 't' } });
  for await (const w of client.workspaces.listAll({ headers: { 'X-Trace': 't' } })) console.log(w.workspaceId);
  console.log(await asPromise, got.workspaceId, status, requestId, total, timing, pageData.items, pageInfo.status, oldForm.total);
  // @ts-expect-error header values are strings
  await client.workspaces.get(ws.workspaceId, { headers: { 'X-Count': 1 } });
  // @ts-expect-error withResponse() data is the model, not any
  const notAString: string = got;
  console.log(notAString);

  // Consistency tokens: the client's, a write's own (raw response), per call or merged.
  const token: string = client.consistencyToken();
  const created = await client.workspaces.create({ workspaceName: 'T', workspaceKey: 't' }).withResponse();
  const writeToken: string | undefined = created.response.consistencyToken;
  const signed = new Client({ apiKey: 'k', consistency: 'eventual', consistencyTokenKey: 'app-key' });
  signed.mergeConsistencyToken(token);
  const seen: Workspace = await signed.workspaces.get(created.data.workspaceId, { consistencyToken: writeToken });
  for await (const m of signed.workspaces.members.listAll(seen.workspaceId, {}, { consistencyToken: token })) console.log(m);
  const merged: void = signed.mergeConsistencyToken(token);
  console.log(merged);
  // @ts-expect-error a token is a string
  await client.workspaces.get(ws.workspaceId, { consistencyToken: 1 });

  // Waiters: a typed operation reference, a method of the client, or a GET operation's id.
  const w1: Workspace = await client.waitUntilExists(Operations.workspacesGet, ws.workspaceId, { maxWait: 10_000 });
  const c1: Cluster = await client.waitUntilExists(Operations.clustersGet, ws.workspaceId, 'cluster-id');
  const w2: Workspace = await client.waitUntilExists(client.workspaces.get, ws.workspaceId);
  const c2: Cluster = await client.waitUntilExists(client.clusters.get, ws.workspaceId, 'cluster-id', { headers: { 'X-W': '1' } });
  const w3: unknown = await client.waitUntilExists('workspaces.get', [ws.workspaceId]);
  const c3: Cluster = await client.waitUntilExists<Cluster>('clusters.get', [ws.workspaceId, 'cluster-id']);
  const dynamicId: string = process.argv[2] ?? 'workspaces.get';
  await client.waitUntilExists(dynamicId, [ws.workspaceId]); // any string value still compiles
  const getId: GetOperationId = 'billing.profiles.get';
  await client.waitUntilDeleted(getId, ['bp']);
  await client.waitUntilDeleted(Operations.billingProfilesGet, 'bp');
  await client.waitUntilDeleted(client.clusters.get, ws.workspaceId, 'cluster-id');
  console.log(w1, c1, w2, c2, w3, c3);
  // @ts-expect-error an unknown operation name is refused at compile time
  await client.waitUntilExists('workspaces.gett', [ws.workspaceId]);
  // @ts-expect-error a write is not something to wait for
  await client.waitUntilExists('workspaces.create', []);
  // @ts-expect-error clusters.get takes two path parameters
  await client.waitUntilExists(Operations.clustersGet, ws.workspaceId);
  // @ts-expect-error clusters.get takes two path parameters
  await client.waitUntilExists(client.clusters.get, ws.workspaceId);
  // @ts-expect-error the result of workspaces.get is a Workspace
  const wrong: Page<Workspace> = await client.waitUntilExists(Operations.workspacesGet, ws.workspaceId);
  console.log(wrong);

  const pdf: Buffer = await client.billing.invoices.downloadPdf('bp', 'inv', 'Rechnung 1.pdf', { expires: '1', token: 't' });
  console.log(pdf.length);
  await client.close();

  const emu = await startEmulator({ lagMs: 100 });
  try {
    const me = await emu.client.auth.me();
    console.log(me.email);
    await emu.configure({ faults: [{ kind: '503', rate: 1, methods: 'writes', pathPrefix: '/v1/workspaces', delayMs: 10 }] });
    const cfg = await emu.configure({ writeResponses: 'empty', lagMs: 0 });
    const lag: number | undefined = cfg.lagMs;
    await emu.configure({ write_responses: 'empty', faults: [{ kind: 'slow', delay_ms: 5 }] }); // the wire's names still type-check
    const journal = await emu.requests();
    console.log(lag, journal.map((r) => r.headers['x-tenant']));
    // @ts-expect-error a fault rule's kind is one of the emulator's
    await emu.configure({ faults: [{ kind: '418' }] });
  } finally {
    await emu.close();
  }
}

void main();
