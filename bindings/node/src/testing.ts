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

/** A fault rule of the emulator (see the emulator's README). */
export interface EmulatorFault {
  kind: '429' | '500' | '502' | '503' | '504' | 'reset' | 'slow';
  rate?: number;
  every?: number;
  skip?: number;
  max?: number;
  methods?: 'all' | 'reads' | 'writes';
  path_prefix?: string;
  retry_after?: number;
  outcome?: 'applied' | 'later' | 'dropped';
  delay_ms?: number;
}

/** Runtime settings of the emulator (`PUT /_emulator/config`), snake_case as on the wire. */
export interface EmulatorConfig {
  lag_ms?: number;
  access_token_ttl_secs?: number;
  refresh_token_ttl_secs?: number;
  applications_happy_path?: boolean;
  application_update_mode?: 'gateway_timeout' | 'service_unavailable' | 'succeed';
  application_update_delay_ms?: number;
  require_activation?: boolean;
  /** Refuse (409) demoting or removing a workspace's last OWNER (default false, as documented). */
  protect_last_owner?: boolean;
  /** Serve the documented Link quirks on the trainings list (default true). */
  link_quirks?: boolean;
  /**
   * How successful writes (POST/PUT/DELETE) answer: `full` (default, the documented body),
   * `empty` (same status, empty body), `empty_object` (`{}`), `no_content` (204), `minimal`
   * (only the `*Id` fields). For testing code against servers that answer thinly.
   */
  write_responses?: 'full' | 'empty' | 'empty_object' | 'no_content' | 'minimal';
  faults?: EmulatorFault[];
  [key: string]: unknown;
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
  /** Changes runtime settings (lag, faults, ...); resolves with the whole configuration. */
  configure(patch: EmulatorConfig): Promise<EmulatorConfig>;
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
  /** Calls any control endpoint under `/_emulator/`. */
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
    configure: (patch) => control('PUT', 'config', patch) as Promise<EmulatorConfig>,
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
