// The hand-written runtime under the generated resources: client construction, the one
// request path into the native core, pages, cancellation and logging.

import { inspect } from 'node:util';

import { setBeforeSettle, submit } from './completions';
import { native, type NativeClient, type NativeLogRecord, type NativeRequest, type NativeResponse } from './native';
import { APIUserAbortError, CloudPiratesError, InvalidRequestError, ResponseDecodeError, fromNative } from './errors';
import { Page } from './pagination';
import { APIPromise, type CallOutcome } from './response';
import { OPERATIONS, type GetOperationId } from './generated/operations';
import { guardSecrets, redact } from './secrets';

// Node 20.4+ defines Symbol.asyncDispose; make sure older runtimes still load the SDK.
(Symbol as { asyncDispose?: symbol }).asyncDispose ??= Symbol.for('Symbol.asyncDispose');

/** SDK version. */
export const VERSION = '0.1.0';

/** How a call treats the read models' lag. */
export type Consistency = 'read_your_writes' | 'strong' | 'eventual';

/** Log levels, from the most verbose. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** Anything with console-like methods. */
export interface Logger {
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

/** Settings of a client. */
export interface ClientOptions {
  /** API key (`Authorization: ApiKey ...`). Default: `CLOUDPIRATES_API_KEY`, unless a Bearer token is given. */
  apiKey?: string | undefined;
  /** Bearer access token of an interactive session. */
  accessToken?: string | undefined;
  /** Refresh token; the client renews the access token with it (and rotates it). */
  refreshToken?: string | undefined;
  /** Base URL including `/v1`. Default: `CLOUDPIRATES_BASE_URL`, else `https://api.cloudpirates.io/v1`. */
  baseUrl?: string | undefined;
  /** Total deadline of one call in milliseconds, retries and waits included (default 60 000). */
  timeout?: number | undefined;
  /** Retries after the first attempt (default 4). */
  maxRetries?: number | undefined;
  /** Default consistency mode (default `read_your_writes`). */
  consistency?: Consistency | undefined;
  /**
   * Where the core's log events of this client go (requests and responses at `debug`, retries
   * and consistency waits at `info`), secrets redacted. Default: `console` when
   * `CLOUDPIRATES_LOG` is set.
   */
  logger?: Logger | undefined;
  /** Log level. Default: `CLOUDPIRATES_LOG`, else `debug` when a `logger` is given, else `off`. */
  logLevel?: LogLevel | undefined;
  /**
   * HMAC key of consistency tokens, shared by the app's processes: the tokens this client
   * makes are signed with it, and every token it accepts (`consistencyToken` option,
   * `mergeConsistencyToken`) must carry a valid signature, else `InvalidRequestError`.
   * A secret: handed to the native core at construction, never kept nor shown in JavaScript.
   */
  consistencyTokenKey?: string | undefined;
}

/** Per-request options. */
export interface RequestOptions {
  /** Total deadline of this call in milliseconds. */
  timeout?: number | undefined;
  /** Retries allowed for this call. */
  maxRetries?: number | undefined;
  /** Consistency mode of this call. */
  consistency?: Consistency | undefined;
  /**
   * Extra request headers of this call (e.g. `{ 'X-Tenant': 'blue' }`), sent beside the
   * client's own; the same name given again replaces the earlier value, any case. Headers the
   * client owns (`Authorization`, `Host`, `Content-Length`, `Content-Type`, hop-by-hop
   * headers) and malformed names or values are refused with `InvalidRequestError` naming the
   * header, before anything is sent. A list's options carry to every later page.
   */
  headers?: Record<string, string> | undefined;
  /**
   * A consistency token from another client or process (`client.consistencyToken()`, or a
   * write's `response.consistencyToken`): this call's reads ride out the read models' lag of
   * the writes it names, as if this client had made them, even on an `eventual` client. A
   * malformed, oversized or (with `consistencyTokenKey`) unsigned or tampered token rejects
   * with `InvalidRequestError` before anything is sent. A list's options carry it to every
   * later page; the waiters take it too.
   */
  consistencyToken?: string | undefined;
  /** Cancels the request in the core (the connection is dropped) and rejects with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
}

/** Pacing and bound of a waiter. */
export interface WaitOptions extends RequestOptions {
  /** First delay between polls in ms (default 100; doubles up to `maxDelay`). */
  minDelay?: number;
  /** Largest delay between polls in ms (default 2000). */
  maxDelay?: number;
  /** Give up after this many ms (default 30 000). */
  maxWait?: number;
}

/** What the runtime knows of each operation (generated into `generated/operations.ts`). */
export interface OperationSpec {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly query: readonly string[];
  readonly body: 'none' | 'model' | 'open';
  readonly response: 'model' | 'list' | 'empty' | 'binary' | 'json';
  readonly paging: 'yes' | 'no' | 'unknown';
  readonly auth: 'none' | 'bearer' | 'any' | 'signed-url';
  readonly jsName: string;
  /** A list first shipped without page parameters: `list(...path, options?)` still works. */
  readonly pagingAddedLater?: boolean;
}

/**
 * A typed reference to an operation (`Operations.workspacesGet`): its spec, with the path
 * parameters `P` and the result `R` known to the compiler. The waiters take one.
 */
export interface OperationRef<Id extends string = string, P extends readonly string[] = string[], R = unknown> extends OperationSpec {
  readonly id: Id;
  /** Type-level only (never set): the path parameters and the result of the operation. */
  readonly __types?: { readonly path: P; readonly result: R };
}

/** What a waiter resolves to for an operation answering `R`: a list's items, else `R`. */
export type WaitResult<R> = R extends Page<infer I> ? I[] : R;

/** The path parameters of a generated method `F` (its parameters before the trailing options). */
export type OperationPathArgs<F> = F extends (...args: infer A) => unknown
  ? Required<A> extends [...infer P extends string[], RequestOptions]
    ? P
    : never
  : never;

/** What a waiter on the generated method `F` resolves to. */
export type OperationMethodResult<F> = F extends (...args: never[]) => APIPromise<infer R> ? WaitResult<R> : never;

/**
 * An operation id for the waiters' string form: any `string` value, but a string literal must
 * name a GET operation (`'workspaces.get'`), so a typo or a write is refused at compile time.
 */
export type WaitOperationName<S extends string> = S & (string extends S ? string : GetOperationId);

// The operation each generated method calls (filled by `generated/resources.ts`).
const METHOD_OPERATIONS = new WeakMap<object, OperationSpec>();

/** @internal Records which operation each generated method calls (for the waiters' method form). */
export function _registerOperationMethods(pairs: ReadonlyArray<readonly [object, OperationSpec]>): void {
  for (const [method, spec] of pairs) METHOD_OPERATIONS.set(method, spec);
}

/** The dotted id of a waiter's operation, given as an id, an `Operations` reference or a generated method. */
function waitOperationId(operation: unknown): string {
  if (typeof operation === 'string') return operation;
  if (typeof operation === 'function') {
    const spec = METHOD_OPERATIONS.get(operation);
    if (spec === undefined) {
      throw new InvalidRequestError(
        'waiter: the function is not a method of this SDK (pass e.g. `client.workspaces.get`, `Operations.workspacesGet` or `\'workspaces.get\'`)',
      );
    }
    return spec.id;
  }
  if (operation !== null && typeof operation === 'object' && typeof (operation as { id?: unknown }).id === 'string') {
    return (operation as { id: string }).id;
  }
  throw new InvalidRequestError('waiter: the operation must be a dotted id, an `Operations` reference or a method of the client');
}

/** A waiter's arguments after the operation: `(pathParams[], options?)` or `(...pathParams, options?)`. */
function waitArgs(rest: unknown[]): [string[], WaitOptions] {
  if (Array.isArray(rest[0])) {
    if (rest.length > 2) throw new InvalidRequestError('waiter: expected (operation, pathParams[], options?)');
    return [rest[0] as string[], (rest[1] ?? {}) as WaitOptions];
  }
  const path = [...rest];
  const last = path[path.length - 1];
  const options = last !== undefined && typeof last !== 'string' ? path.pop() : undefined;
  return [path as string[], (options ?? {}) as WaitOptions];
}

/**
 * Tells the two call forms of a list whose paging was added later apart: `list(...path,
 * options?)` (first release) and `list(...path, params, options?)`. A single trailing object
 * whose keys are all request-option keys (`timeout`, `maxRetries`, `consistency`, `headers`,
 * `consistencyToken`, `signal`) is
 * the options.
 * @internal
 */
export function splitPageArgs(
  op: OperationSpec,
  params: object | undefined,
  options: RequestOptions | undefined,
): [object | undefined, RequestOptions | undefined] {
  if (
    op.pagingAddedLater &&
    options === undefined &&
    params !== null &&
    typeof params === 'object' &&
    !Array.isArray(params) &&
    Object.keys(params).every((k) => REQUEST_OPTION_KEYS.has(k))
  ) {
    return [undefined, params as RequestOptions];
  }
  return [params, options];
}

/** Base of the generated resource classes. */
export class APIResource {
  /** @internal */
  protected readonly _client: BaseClient;
  constructor(client: BaseClient) {
    this._client = client;
  }
  /** @internal */
  [inspect.custom](): string {
    return `${this.constructor.name} {}`;
  }
  /** @internal */
  toJSON(): object {
    return {};
  }
}

const REQUEST_OPTION_KEYS = new Set(['timeout', 'maxRetries', 'consistency', 'headers', 'consistencyToken', 'signal']);
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

function parseLevel(v: string | undefined): LogLevel | undefined {
  if (v === undefined || v === '') return undefined;
  const l = v.trim().toLowerCase();
  if (l === 'trace') return 'debug';
  if (l === 'warning') return 'warn';
  if (l === 'none' || l === 'false' || l === '0') return 'off';
  return l in LEVELS ? (l as LogLevel) : 'debug';
}

function env(name: string): string | undefined {
  const v = process.env[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

/** A number of milliseconds for the core, which checks its range. */
function ms(v: number | undefined, what: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number') throw new InvalidRequestError(`${what} must be a number of milliseconds, got ${String(v)}`);
  return v;
}

function retries(v: number | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isInteger(v) || v < 0) throw new InvalidRequestError(`maxRetries must be a non-negative integer, got ${String(v)}`);
  return v;
}

// The core's log events, handed to the logger of the client whose call emitted them
// (`crates/node/src/logging.rs`). Field names read as JavaScript's (`elapsedMs`).
const loggers = new Map<number, Logger>();
const forget = new FinalizationRegistry<number>((id) => loggers.delete(id));
let nextLogId = 1;
let sinkSet = false;

function camelCase(k: string): string {
  return k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function flushLogs(): void {
  for (const rec of native.drainLogs()) logRecord(rec);
}

function logRecord(rec: NativeLogRecord): void {
  const logger = loggers.get(rec.client);
  if (logger === undefined) return;
  const raw = JSON.parse(rec.fields) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  let text = `cloudpirates: ${rec.message}`;
  for (const [k, v] of Object.entries(raw)) {
    fields[camelCase(k)] = v;
    text += ` ${camelCase(k)}=${String(v)}`;
  }
  const level = rec.level as 'debug' | 'info' | 'warn' | 'error';
  (logger[level] ?? logger.debug).call(logger, text, fields);
}

/** The `headers` option as the native side takes it (name/value pairs, in order); the core validates them. */
function headerPairs(headers: Record<string, string> | undefined): { name: string; value: string }[] | undefined {
  if (headers === undefined || headers === null) return undefined;
  if (typeof headers !== 'object' || Array.isArray(headers)) {
    throw new InvalidRequestError('headers must be an object of header names to string values');
  }
  return Object.entries(headers).map(([name, value]) => {
    if (typeof value !== 'string') throw new InvalidRequestError(`header ${JSON.stringify(name)}: the value must be a string`);
    return { name, value };
  });
}

/** The `consistencyToken` option, checked for its type only (the core checks the token). */
function tokenOption(token: string | undefined): string | undefined {
  if (token === undefined || token === null) return undefined;
  if (typeof token !== 'string') throw new InvalidRequestError('consistencyToken must be a string');
  return token;
}

function queryValue(name: string, v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return v.toISOString();
  throw new InvalidRequestError(`query parameter ${name} must be a string, number or boolean`);
}

/**
 * The part of the client every resource calls. Holds no secret: keys and tokens are handed
 * to the native core at construction and never kept in JavaScript.
 */
export class BaseClient {
  readonly #native: NativeClient;
  readonly #summary: Readonly<Record<string, unknown>>;

  constructor(options: ClientOptions = {}) {
    if (options === null || typeof options !== 'object') throw new InvalidRequestError('options must be an object');
    const timeout = ms(options.timeout, 'timeout');
    const maxRetries = retries(options.maxRetries);
    const envLevel = parseLevel(env('CLOUDPIRATES_LOG'));
    const level: LogLevel = options.logLevel ?? envLevel ?? (options.logger ? 'debug' : 'off');
    const logId = nextLogId++;
    if (level !== 'off') {
      if (!sinkSet) {
        native.setLogSink(flushLogs);
        setBeforeSettle(flushLogs);
        sinkSet = true;
      }
      loggers.set(logId, options.logger ?? console);
      forget.register(this, logId);
    }
    try {
      this.#native = new native.NativeClient({
        apiKey: options.apiKey,
        accessToken: options.accessToken,
        refreshToken: options.refreshToken,
        baseUrl: options.baseUrl,
        timeoutMs: timeout,
        maxRetries,
        consistency: options.consistency,
        userAgentSuffix: `node/${process.version}`,
        useEnv: true,
        logId,
        logLevel: level,
        consistencyTokenKey: options.consistencyTokenKey,
      });
    } catch (e) {
      throw fromNative(e);
    }
    this.#summary = Object.freeze({
      baseUrl: this.#native.baseUrl,
      credentials: this.#native.credentialKind,
      timeout,
      maxRetries,
      consistency: options.consistency,
    });
  }

  /** The base URL in use. */
  get baseUrl(): string {
    return this.#native.baseUrl;
  }

  /** Which credential the client holds now (`none`, `api_key`, `bearer`); a login switches it to `bearer`. */
  get credentialKind(): 'none' | 'api_key' | 'bearer' {
    return this.#native.credentialKind as 'none' | 'api_key' | 'bearer';
  }

  /**
   * A consistency token: the writes this client made (and those it merged) that are still
   * inside the consistency window, as an opaque, URL-safe string of at most 2 KB (signed with
   * `consistencyTokenKey` when set). Hand it to another client, process or language (e.g. in
   * a `CloudPirates-Consistency` header): with it as the `consistencyToken` option, or merged
   * with `mergeConsistencyToken`, their reads see these writes at once. It holds no secret
   * and no request body (paths, times and field hashes only).
   *
   * ```ts
   * await writer.workspaces.create({ workspaceName: 'Ops', workspaceKey: 'ops' });
   * const token = writer.consistencyToken();
   * // elsewhere:
   * const ws = await reader.workspaces.get(id, { consistencyToken: token });
   * ```
   */
  consistencyToken(): string {
    try {
      return this.#native.consistencyToken();
    } catch (e) {
      throw fromNative(e);
    }
  }

  /**
   * Merges another client's consistency token into this one: every later read of this client
   * rides out the lag of the writes it names (even in `eventual` mode), within the usual
   * consistency wait. Throws `InvalidRequestError` saying what is wrong (never echoing the
   * token) for a malformed or oversized token, or, with `consistencyTokenKey`, an unsigned or
   * tampered one.
   */
  mergeConsistencyToken(token: string): void {
    if (typeof token !== 'string') throw new InvalidRequestError('mergeConsistencyToken: the token must be a string');
    try {
      this.#native.mergeConsistencyToken(token);
    } catch (e) {
      throw fromNative(e);
    }
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.#native.closed;
  }

  /** Releases the client's connection pool; later calls throw `InvalidRequestError`. Idempotent. */
  close(): Promise<void> {
    this.#native.close();
    return Promise.resolve();
  }

  /** `await using client = new Client(...)` closes it at the end of the scope. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /**
   * Polls a GET operation until the resource exists, and returns it; use after an
   * `OutcomeUnknownError` or for resources created by others. The operation is a typed
   * reference (`Operations.workspacesGet`), a method of the client (`client.workspaces.get`),
   * or its dotted id (`'workspaces.get'`, path parameters as an array); the core refuses a
   * write operation (`InvalidRequestError`).
   *
   * ```ts
   * const ws = await client.waitUntilExists(Operations.workspacesGet, workspaceId, { maxWait: 10_000 });
   * const cl = await client.waitUntilExists(client.clusters.get, workspaceId, clusterId);
   * const same = await client.waitUntilExists('workspaces.get', [workspaceId]);
   * ```
   */
  waitUntilExists<P extends string[], R>(operation: OperationRef<GetOperationId, P, R>, ...args: P | [...P, WaitOptions]): Promise<R>;
  /** Polls the operation a method of the client calls (`client.clusters.get`) until the resource exists. */
  waitUntilExists<F extends (...args: never[]) => APIPromise<unknown>>(
    operation: F,
    ...args: OperationPathArgs<F> | [...OperationPathArgs<F>, WaitOptions]
  ): Promise<OperationMethodResult<F>>;
  /** Polls a GET operation by dotted id (e.g. `clusters.get`; a literal must name a GET operation). */
  waitUntilExists<T = unknown, S extends string = string>(operationId: WaitOperationName<S>, pathParams: string[], options?: WaitOptions): Promise<T>;
  async waitUntilExists(operation: unknown, ...rest: unknown[]): Promise<unknown> {
    const operationId = waitOperationId(operation);
    const [pathParams, options] = waitArgs(rest);
    const res = await this.#wait(operationId, pathParams, 'exists', options);
    if (!res) return undefined;
    const kind = (OPERATIONS as Readonly<Record<string, OperationSpec>>)[operationId]?.response;
    return this.#decode(operationId, res, kind === 'binary' || kind === 'list' ? kind : 'model');
  }

  /**
   * Polls a GET operation until the resource is gone (404, or the 403 a deleted workspace
   * answers its former members). Takes the operation as `waitUntilExists` does.
   */
  waitUntilDeleted<P extends string[], R>(operation: OperationRef<GetOperationId, P, R>, ...args: P | [...P, WaitOptions]): Promise<void>;
  /** Polls the operation a method of the client calls (`client.clusters.get`) until the resource is gone. */
  waitUntilDeleted<F extends (...args: never[]) => APIPromise<unknown>>(
    operation: F,
    ...args: OperationPathArgs<F> | [...OperationPathArgs<F>, WaitOptions]
  ): Promise<void>;
  /** Polls a GET operation by dotted id until the resource is gone (a literal must name a GET operation). */
  waitUntilDeleted<S extends string = string>(operationId: WaitOperationName<S>, pathParams: string[], options?: WaitOptions): Promise<void>;
  async waitUntilDeleted(operation: unknown, ...rest: unknown[]): Promise<void> {
    const operationId = waitOperationId(operation);
    const [pathParams, options] = waitArgs(rest);
    await this.#wait(operationId, pathParams, 'deleted', options);
  }

  async #wait(operationId: string, pathParams: string[], what: 'exists' | 'deleted', options: WaitOptions): Promise<NativeResponse | null> {
    const req = this.#request(pathParams, [], undefined, options);
    return this.#withSignal(options.signal, req, (r) =>
      this.#native.waitFor(operationId, r, what, {
        minDelayMs: ms(options.minDelay, 'minDelay'),
        maxDelayMs: ms(options.maxDelay, 'maxDelay'),
        maxWaitMs: ms(options.maxWait, 'maxWait'),
      }),
    );
  }

  /**
   * @internal Calls one operation and decodes its result. A write whose documented answer is
   * a model always has a body here: the core completes an empty, `{}`, partial, non-JSON or
   * 204 answer from the request and path (`crates/core/src/tolerant.rs`).
   */
  _call<T = unknown>(op: OperationSpec, path: string[], params: object | undefined, options?: RequestOptions): APIPromise<T> {
    return new APIPromise<T>(async (raw) => {
      const res = await this.#send(op, path, params, options, undefined, raw);
      return { data: this.#decode(op.id, res, op.response) as T, response: res };
    });
  }

  /** @internal Calls a list operation and wraps the result in a `Page`. */
  _list<T>(op: OperationSpec, path: string[], params: object | undefined, options?: RequestOptions): APIPromise<Page<T>> {
    [params, options] = splitPageArgs(op, params, options);
    const [p, o] = [params, options];
    return new APIPromise<Page<T>>((raw) => this.#pageOutcome<T>(op, path, p, o, undefined, raw));
  }

  /** @internal Every item of a list operation, page by page. */
  async *_iterate<T>(op: OperationSpec, path: string[], params: object | undefined, options?: RequestOptions): AsyncGenerator<T, void, undefined> {
    [params, options] = splitPageArgs(op, params, options);
    const first = await this.#page<T>(op, path, params, options, undefined);
    yield* first;
  }

  async #page<T>(op: OperationSpec, path: string[], params: object | undefined, options: RequestOptions | undefined, offset: number | undefined): Promise<Page<T>> {
    return (await this.#pageOutcome<T>(op, path, params, options, offset, false)).data;
  }

  /** One page; the later pages are fetched with the same params and options (never `raw`). */
  async #pageOutcome<T>(op: OperationSpec, path: string[], params: object | undefined, options: RequestOptions | undefined, offset: number | undefined, raw: boolean): Promise<CallOutcome<Page<T>>> {
    const res = await this.#send(op, path, params, options, { offset }, raw);
    const items = this.#decode(op.id, res, 'list');
    if (!Array.isArray(items)) throw new ResponseDecodeError(`${op.id}: expected a JSON array`);
    const p = res.page;
    const page = new Page<T>(
      items as T[],
      { total: p?.total, limit: p?.limit, offset: p?.offset, nextOffset: p?.nextOffset, links: p?.links, requestId: res.requestId },
      (next) => this.#page<T>(op, path, params, options, next),
    );
    return { data: page, response: res };
  }

  #decode(id: string, res: NativeResponse, kind: OperationSpec['response']): unknown {
    if (kind === 'binary') return res.body;
    // An empty body: no items, or an object model without fields (`CommandResult`, which the
    // core does not complete: it has nothing to complete it with).
    if (kind === 'empty' || res.body.length === 0) return kind === 'list' ? [] : kind === 'model' ? {} : undefined;
    try {
      return guardSecrets(JSON.parse(res.body.toString('utf8')));
    } catch {
      throw new ResponseDecodeError(`${id}: the response is not valid JSON (HTTP ${res.status})`);
    }
  }

  #request(path: string[], query: [string, string][], body: string | undefined, options: RequestOptions | undefined): NativeRequest {
    return {
      path,
      query: query.map(([name, value]) => ({ name, value })),
      body,
      options: options
        ? {
            timeoutMs: ms(options.timeout, 'timeout'),
            maxRetries: retries(options.maxRetries),
            consistency: options.consistency,
            headers: headerPairs(options.headers),
            consistencyToken: tokenOption(options.consistencyToken),
          }
        : undefined,
    };
  }

  /**
   * Sends one call. A list call (`page` given) hands its `limit` and `offset` to the core,
   * whose paging rule decides what is sent (`bridge::page_query`); `page.offset` is the
   * next page's offset the core gave (`nextOffset`). `raw` asks the core for the response
   * headers too (`withResponse()`).
   */
  async #send(op: OperationSpec, path: string[], params: object | undefined, options: RequestOptions | undefined, page: { offset: number | undefined } | undefined, raw = false): Promise<NativeResponse> {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new InvalidRequestError(`${op.jsName}: options must be an object`);
    }
    if (options) {
      for (const k of Object.keys(options)) {
        if (!REQUEST_OPTION_KEYS.has(k)) {
          throw new InvalidRequestError(`${op.jsName}: unknown request option ${k} (expected ${[...REQUEST_OPTION_KEYS].join(', ')})`);
        }
      }
    }
    if (path.length !== op.pathParams.length || path.some((p) => typeof p !== 'string')) {
      throw new InvalidRequestError(`${op.jsName}: expects ${op.pathParams.length} string path parameter(s) (${op.pathParams.join(', ')})`);
    }
    const query: [string, string][] = [];
    const paging: { limit?: number; offset?: number } = {};
    let body: Record<string, unknown> | undefined;
    if (params !== undefined) {
      if (params === null || typeof params !== 'object' || Array.isArray(params)) {
        throw new InvalidRequestError(`${op.jsName}: params must be an object`);
      }
      for (const [k, v] of Object.entries(params)) {
        if (v === undefined) continue;
        if (page !== undefined && (k === 'limit' || k === 'offset')) {
          if (typeof v !== 'number') throw new InvalidRequestError(`${op.jsName}: ${k} must be a number`);
          paging[k] = v;
        } else if (op.query.includes(k)) {
          query.push([k, queryValue(k, v)]);
        } else if (op.body !== 'none') {
          (body ??= {})[k] = v;
        } else {
          throw new InvalidRequestError(`${op.jsName}: unknown parameter ${k}`);
        }
      }
    }
    if (page?.offset !== undefined) paging.offset = page.offset;
    if (op.body !== 'none' && body === undefined) body = {};
    const text = body === undefined ? undefined : JSON.stringify(body);
    const req: NativeRequest = { ...this.#request(path, query, text, options), ...paging, ...(raw ? { raw } : {}) };
    return this.#withSignal(options?.signal, req, (r) => submit((q, id) => this.#native.start(q, id, op.id, r)));
  }

  async #withSignal<T>(signal: AbortSignal | undefined, req: NativeRequest, run: (r: NativeRequest) => Promise<T>): Promise<T> {
    if (signal === undefined || signal === null) {
      try {
        return await run(req);
      } catch (e) {
        throw fromNative(e);
      }
    }
    if (signal.aborted) {
      throw new APIUserAbortError('the request was aborted before it was sent', { kind: 'Aborted' }, { cause: signal.reason });
    }
    const token = native.createCancelToken();
    const onAbort = () => native.cancel(token);
    signal.addEventListener('abort', onAbort, { once: true });
    let started = false;
    try {
      const p = run({ ...req, cancelToken: token });
      started = true;
      return await p;
    } catch (e) {
      const err = fromNative(e);
      if (err instanceof APIUserAbortError) {
        throw new APIUserAbortError('the request was aborted', { kind: 'Aborted' }, { cause: signal.reason });
      }
      throw err;
    } finally {
      signal.removeEventListener('abort', onAbort);
      if (!started) native.releaseCancelToken(token);
    }
  }

  /** What `JSON.stringify` shows: the settings, never a key or token. */
  toJSON(): object {
    return { ...this.#summary, closed: this.closed };
  }

  /** What `util.inspect` / `console.log` show: the settings, never a key or token. */
  [inspect.custom](_depth: number, opts: object): string {
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }
}

export { CloudPiratesError, redact };

/**
 * TEST ONLY (hidden; not part of the API): a Rust panic inside a future on the shared
 * runtime, started and settled exactly as a call is (`submit` and the completion queue).
 * Rejects with `APIError` (`bridge::catch_panic`); the SDK's tests use it to prove that a panic in
 * Rust never takes the process down nor leaves a promise pending.
 * @internal
 */
export async function __panicForTests(): Promise<never> {
  try {
    await submit((q, id) => native.__panicForTests(q, id));
  } catch (e) {
    throw fromNative(e);
  }
  throw new ResponseDecodeError('__panicForTests resolved');
}
