// `@cloudpirates/sdk/testing`: starts the CloudPirates emulator (a local, stateful server
// with lag, faults and rate limits) and hands back a ready client, for users' own tests.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

import { Client } from './generated/client';
import type { ClientOptions } from './core';
import { platformPackage } from './native';

/** One seeded identity of the emulator. */
export interface EmulatorIdentity {
  apiKey: string;
  email: string;
  password: string;
  identityId: string;
  firstName?: string;
  lastName?: string;
  demoWorkspaceRole?: string | null;
}

/**
 * A fault rule of the emulator (see the emulator's README), camelCase; the emulator's
 * snake_case names (`path_prefix`, ...) are still accepted.
 *
 * ```ts
 * await emu.configure({ faults: [{ kind: '503', rate: 1, methods: 'reads', pathPrefix: '/v1/workspaces' }] });
 * ```
 */
export interface EmulatorFault {
  /** What to inject: an HTTP status, `reset` (connection dropped) or `slow` (answered after `delayMs`). */
  kind: '429' | '500' | '502' | '503' | '504' | 'reset' | 'slow';
  /** Probability (0..1) that a matching request is faulted. */
  rate?: number;
  /** Fault every Nth matching request (1 = every one); used instead of `rate` when set. */
  every?: number;
  /** Let the first N matching requests pass before the rule may fire. */
  skip?: number;
  /** Fire at most this many times. */
  max?: number;
  /** Method class the rule applies to (default `all`). */
  methods?: 'all' | 'reads' | 'writes';
  /** Only paths starting with this prefix, `/v1` included (e.g. `/v1/workspaces`). */
  pathPrefix?: string;
  /** 429 only: the `Retry-After` header, in seconds (absent: no header). */
  retryAfter?: number;
  /** 503/504 on writes: the write is `applied` (then the error), applied `later`, or `dropped`. */
  outcome?: 'applied' | 'later' | 'dropped';
  /** `slow`: the delay; 503/504 `later`: when the write is applied; `applied`: wait before answering (ms). */
  delayMs?: number;
  /** Operation ids this rule never touches (e.g. `['auth.me']`). */
  exceptOps?: string[];
  /** @deprecated the wire name; use `pathPrefix`. */
  path_prefix?: string;
  /** @deprecated the wire name; use `retryAfter`. */
  retry_after?: number;
  /** @deprecated the wire name; use `delayMs`. */
  delay_ms?: number;
  /** @deprecated the wire name; use `exceptOps`. */
  except_ops?: string[];
}

/**
 * Runtime settings of the emulator (`PUT /_emulator/config`), camelCase; `configure` converts
 * them to the emulator's snake_case, which it still accepts (`lag_ms`, ...). `configure` and
 * `config()` answer camelCase too, with the snake_case names readable as aliases.
 */
export interface EmulatorConfig {
  /** Read-model lag behind writes, in ms (default 150; 0 for speed). */
  lagMs?: number;
  /** Lifetime of access tokens in seconds (default 900). */
  accessTokenTtlSecs?: number;
  /** Lifetime of refresh tokens in seconds (default 30 days). */
  refreshTokenTtlSecs?: number;
  /** `applications.create` succeeds (201) instead of answering 501. */
  applicationsHappyPath?: boolean;
  /** How `applications.updateValues`/`updateVersion` answer (default `gateway_timeout`). */
  applicationUpdateMode?: 'gateway_timeout' | 'service_unavailable' | 'succeed';
  /** How long those updates hang before their gateway timeout, in ms (default 30 000). */
  applicationUpdateDelayMs?: number;
  /** Newly registered identities must be activated before their first login (default true). */
  requireActivation?: boolean;
  /** Refuse (409) demoting or removing a workspace's last OWNER (default false, as documented). */
  protectLastOwner?: boolean;
  /** Serve the documented Link quirks on the trainings list (default true). */
  linkQuirks?: boolean;
  /**
   * How successful writes (POST/PUT/DELETE) answer: `full` (default, the documented body),
   * `empty` (same status, empty body), `empty_object` (`{}`), `no_content` (204), `minimal`
   * (only the `*Id` fields). For testing code against servers that answer thinly.
   */
  writeResponses?: 'full' | 'empty' | 'empty_object' | 'no_content' | 'minimal';
  /** Fault rules, checked in order (replaces the list; `[]` removes every rule). */
  faults?: EmulatorFault[];
  /** @deprecated the wire name; use `lagMs`. */
  lag_ms?: number;
  /** @deprecated the wire name; use `accessTokenTtlSecs`. */
  access_token_ttl_secs?: number;
  /** @deprecated the wire name; use `refreshTokenTtlSecs`. */
  refresh_token_ttl_secs?: number;
  /** @deprecated the wire name; use `applicationsHappyPath`. */
  applications_happy_path?: boolean;
  /** @deprecated the wire name; use `applicationUpdateMode`. */
  application_update_mode?: 'gateway_timeout' | 'service_unavailable' | 'succeed';
  /** @deprecated the wire name; use `applicationUpdateDelayMs`. */
  application_update_delay_ms?: number;
  /** @deprecated the wire name; use `requireActivation`. */
  require_activation?: boolean;
  /** @deprecated the wire name; use `protectLastOwner`. */
  protect_last_owner?: boolean;
  /** @deprecated the wire name; use `linkQuirks`. */
  link_quirks?: boolean;
  /** @deprecated the wire name; use `writeResponses`. */
  write_responses?: 'full' | 'empty' | 'empty_object' | 'no_content' | 'minimal';
  /** Further settings, passed on (camelCase converted to snake_case). */
  [key: string]: unknown;
}

/** `lagMs` -> `lag_ms`; a snake_case name stays as it is. */
function snakeCase(k: string): string {
  return k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function camelCaseKey(k: string): string {
  return k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** One settings object in the emulator's snake_case; a setting given in both forms is an error. */
function wireKeys(obj: Record<string, unknown>, what: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const given = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const wire = snakeCase(k);
    const before = given.get(wire);
    if (before !== undefined) throw new Error(`${what}: ${before} and ${k} are the same setting; give one`);
    given.set(wire, k);
    out[wire] = v;
  }
  return out;
}

/** A configuration patch as the emulator takes it (`PUT /_emulator/config`). */
function toWire(patch: EmulatorConfig): Record<string, unknown> {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw new Error('configure: the patch must be an object');
  const out = wireKeys(patch, 'configure');
  if (Array.isArray(out.faults)) {
    out.faults = out.faults.map((f: unknown, i: number) =>
      f !== null && typeof f === 'object' && !Array.isArray(f) ? wireKeys(f as Record<string, unknown>, `configure: faults[${i}]`) : f,
    );
  }
  return out;
}

/** A settings object with camelCase keys, the wire's snake_case names kept as (non-enumerable) aliases. */
function camelView(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[camelCaseKey(k)] = v;
  for (const k of Object.keys(obj)) {
    const c = camelCaseKey(k);
    if (c !== k) Object.defineProperty(out, k, { get: () => out[c], enumerable: false, configurable: true });
  }
  return out;
}

/** The emulator's configuration as `configure`/`config()` answer it: camelCase, snake_case aliases. */
function fromWire(cfg: unknown): EmulatorConfig {
  if (cfg === null || typeof cfg !== 'object' || Array.isArray(cfg)) return cfg as EmulatorConfig;
  const out = camelView(cfg as Record<string, unknown>);
  if (Array.isArray(out.faults)) {
    out.faults = out.faults.map((f: unknown) => (f !== null && typeof f === 'object' ? camelView(f as Record<string, unknown>) : f));
  }
  return out as EmulatorConfig;
}

/** One API request the emulator received (its journal, `emu.requests()`). */
export interface EmulatorRequest {
  /** Dotted operation id (`workspaces.get`). */
  operation: string;
  /** HTTP method. */
  method: string;
  /** Path, `/v1` included. */
  path: string;
  /** The query string (empty when none). */
  query: string;
  /** Headers as received, names lower case (`authorization` shown as its scheme and `[REDACTED]`). */
  headers: Record<string, string>;
}

/** Options of `startEmulator`. */
export interface StartEmulatorOptions {
  /** Path of the `cloudpirates-emulator` binary. Default: `CLOUDPIRATES_EMULATOR`, then the one in this platform's package (`@cloudpirates/sdk-linux-x64-gnu`, ...), then `PATH`, then a `target/{debug,release}` of an enclosing checkout. */
  binary?: string;
  /** Read-model lag in ms (default: the emulator's, 150, as the real API lags; 0 for speed). */
  lagMs?: number;
  /**
   * Newly registered identities must be activated (`emu.activate(email)`) before their first
   * login (default true, as documented); false lets them log in at once.
   */
  requireActivation?: boolean;
  /**
   * How long `applications.updateValues`/`updateVersion` hang before their 504 (default
   * 30 000 ms, as nothing answers them in the real backend; set 200 or less in tests).
   */
  applicationUpdateDelayMs?: number;
  /** Refuse (409) demoting or removing a workspace's last OWNER (default false). */
  protectLastOwner?: boolean;
  /** The documented Link quirks on the trainings list (default true). */
  linkQuirks?: boolean;
  /** Seed of the emulator's randomness. */
  seed?: number;
  /** Extra command-line arguments. */
  args?: string[];
  /** Options of the returned client (`baseUrl` and `apiKey` are filled in). */
  client?: ClientOptions;
  /** How long to wait for the emulator to start, in ms (default 20 000). */
  startTimeout?: number;
}

/** A running emulator and a client connected to it. */
export interface Emulator extends AsyncDisposable {
  /** Base URL including `/v1`. */
  readonly baseUrl: string;
  /** Scheme, host and port. */
  readonly origin: string;
  /** API key of the seeded demo identity (owner of the demo workspace). */
  readonly apiKey: string;
  /** E-mail of the seeded demo identity. */
  readonly email: string;
  /** Password of the seeded demo identity. */
  readonly password: string;
  /** Id of the seeded demo identity. */
  readonly identityId: string;
  /** Every seeded identity. */
  readonly identities: EmulatorIdentity[];
  /** A client using the demo identity's API key. */
  readonly client: Client;
  /** A further client against this emulator (API key of the demo identity unless credentials are given). */
  newClient(options?: ClientOptions): Client;
  /**
   * Changes runtime settings (lag, faults, ...), camelCase (`{ lagMs: 0, faults: [{ kind:
   * 'slow', rate: 1, delayMs: 300, pathPrefix: '/v1/workspaces' }] }`; the emulator's
   * snake_case names still work); resolves with the whole configuration, camelCase.
   */
  configure(patch: EmulatorConfig): Promise<EmulatorConfig>;
  /** The whole runtime configuration, camelCase (snake_case names readable as aliases). */
  config(): Promise<EmulatorConfig>;
  /** Resets state to the seed. */
  reset(): Promise<void>;
  /** Request counters. */
  counters(): Promise<Record<string, unknown>>;
  /** MFA codes the emulator "sent" (SMS/TOTP). */
  mfaCodes(): Promise<unknown>;
  /** Activates a newly registered identity (what the real API's e-mail link does). */
  activate(email: string): Promise<void>;
  /** Invitations the emulator "sent" by e-mail. */
  invitations(): Promise<Array<Record<string, unknown>>>;
  /** The newest 256 API requests received, oldest first: what reached the wire. */
  requests(): Promise<EmulatorRequest[]>;
  /** Empties the request journal (`reset()` empties it too). */
  clearRequests(): Promise<void>;
  /** Calls any control endpoint under `/_emulator/`, as on the wire (snake_case bodies and answers). */
  control(method: string, path: string, body?: unknown): Promise<unknown>;
  /** Closes the client and stops the emulator. */
  close(): Promise<void>;
}

const EXE = process.platform === 'win32' ? 'cloudpirates-emulator.exe' : 'cloudpirates-emulator';

/** Finds the emulator binary, or throws with what to do. */
export function findEmulator(explicit?: string): string {
  const env = process.env.CLOUDPIRATES_EMULATOR;
  for (const c of [explicit, env]) {
    if (c) {
      if (!existsSync(c)) throw new Error(`cloudpirates-emulator not found at ${c}`);
      return c;
    }
  }
  // the platform package (@cloudpirates/sdk-linux-x64-gnu, ...) ships the emulator next to the addon
  try {
    const candidate = join(dirname(require.resolve(`${platformPackage()}/package.json`)), EXE);
    if (existsSync(candidate)) return candidate;
  } catch {
    // not installed (a source checkout): look further
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, EXE))) return join(dir, EXE);
  }
  const roots = [process.cwd(), __dirname];
  for (const start of roots) {
    let dir = start;
    for (;;) {
      for (const profile of ['debug', 'release']) {
        const candidate = join(dir, 'target', profile, EXE);
        if (existsSync(candidate)) return candidate;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(
    'cloudpirates-emulator not found: install it (`cargo install cloudpirates-emulator`), put it on PATH, or set CLOUDPIRATES_EMULATOR',
  );
}

interface StartLine {
  base_url: string;
  origin: string;
  api_key: string;
  email: string;
  password: string;
  identity_id: string;
  identities: EmulatorIdentity[];
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill();
  });
}

/**
 * Starts an emulator on a free port and returns it with a ready client.
 *
 * ```ts
 * import { startEmulator } from '@cloudpirates/sdk/testing';
 * await using emu = await startEmulator();
 * const me = await emu.client.auth.me();
 * ```
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const bin = findEmulator(options.binary);
  const args = ['--port', '0'];
  if (options.lagMs !== undefined) args.push('--lag-ms', String(options.lagMs));
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  if (options.applicationUpdateDelayMs !== undefined) args.push('--application-update-delay-ms', String(options.applicationUpdateDelayMs));
  if (options.requireActivation === false) args.push('--no-activation');
  if (options.protectLastOwner) args.push('--protect-last-owner');
  if (options.linkQuirks === false) args.push('--no-link-quirks');
  // The emulator holds the read end of a pipe and stops when it closes, i.e. when this
  // process goes away, even if it is killed without running its exit hooks.
  args.push('--watch-stdin');
  args.push(...(options.args ?? []));
  const child = spawn(bin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  installExitHook();
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (d: string) => {
    if (stderr.length < 8192) stderr += d;
  });

  const line = await new Promise<StartLine>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`cloudpirates-emulator did not start within ${options.startTimeout ?? 20000} ms\n${stderr}`));
    }, options.startTimeout ?? 20000);
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', (l) => {
      clearTimeout(timer);
      rl.close();
      try {
        resolve(JSON.parse(l) as StartLine);
      } catch {
        child.kill();
        reject(new Error(`unexpected first line from cloudpirates-emulator: ${l}`));
      }
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`cloudpirates-emulator exited with code ${code}\n${stderr}`));
    });
  });
  child.removeAllListeners('exit');
  child.stdout?.resume();
  // Do not keep the test process alive for the emulator's sake.
  child.unref();
  (child.stdin as unknown as { unref?: () => void })?.unref?.();
  (child.stdout as unknown as { unref?: () => void })?.unref?.();
  (child.stderr as unknown as { unref?: () => void })?.unref?.();

  const clients: Client[] = [];
  const newClient = (o: ClientOptions = {}): Client => {
    const hasCreds = o.apiKey !== undefined || o.accessToken !== undefined || o.refreshToken !== undefined;
    const c = new Client({ ...options.client, ...o, baseUrl: line.base_url, ...(hasCreds ? {} : { apiKey: line.api_key }) });
    clients.push(c);
    return c;
  };
  const client = newClient(options.client ?? {});

  const control = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const url = `${line.origin}/_emulator/${path.replace(/^\/?(_emulator\/)?/, '')}`;
    const init: RequestInit = { method, headers: { 'content-type': 'application/json', connection: 'close' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await fetch(url, init);
    const text = await res.text();
    if (!res.ok) throw new Error(`emulator control ${method} ${path}: HTTP ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    for (const c of clients) await c.close();
    running.delete(child);
    if (child.exitCode === null) {
      child.ref(); // keep the loop alive until the emulator is gone
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.stdin?.end();
      child.kill();
      await exited;
    }
  };

  return {
    baseUrl: line.base_url,
    origin: line.origin,
    apiKey: line.api_key,
    email: line.email,
    password: line.password,
    identityId: line.identity_id,
    identities: line.identities,
    client,
    newClient,
    configure: async (patch) => fromWire(await control('PUT', 'config', toWire(patch))),
    config: async () => fromWire(await control('GET', 'config')),
    reset: async () => {
      await control('POST', 'reset');
    },
    counters: () => control('GET', 'counters') as Promise<Record<string, unknown>>,
    mfaCodes: () => control('GET', 'mfa-codes'),
    activate: async (email) => {
      await control('POST', 'activate', { email });
    },
    invitations: () => control('GET', 'invitations') as Promise<Array<Record<string, unknown>>>,
    requests: () => control('GET', 'requests') as Promise<EmulatorRequest[]>,
    clearRequests: async () => {
      await control('DELETE', 'requests');
    },
    control,
    close,
    [Symbol.asyncDispose]: close,
  };
}
