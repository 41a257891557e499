// The promise every generated method returns (`APIPromise`): awaited, it gives the model;
// `.withResponse()` gives the model and the raw response (status, headers, request id,
// attempts, time waited). The headers are only asked of the core when `.withResponse()` is
// used: the call starts at the end of the current job, so a `.withResponse()` chained to the
// call (`client.workspaces.get(id).withResponse()`) is seen before anything is sent.

import { inspect, type InspectOptions } from 'node:util';

import { InvalidRequestError } from './errors';
import type { NativeResponse } from './native';
import { REDACTED, isSecretName } from './secrets';

/** The raw response of a call, beside its decoded value (`.withResponse()`). */
export interface APIResponseInfo {
  /** HTTP status of the final answer. */
  readonly status: number;
  /** Headers of the final answer (names are case-insensitive; `forEach`/`entries()` give them lower case). */
  readonly headers: Headers;
  /** `x-request-id` of the final answer, when the server sent one. */
  readonly requestId: string | undefined;
  /** HTTP attempts the call made (retries and consistency re-reads included). */
  readonly attempts: number;
  /** Time the call slept between attempts, in milliseconds (backoff, `Retry-After`, consistency waits). */
  readonly waited: number;
  /**
   * For a write: a consistency token naming this write alone (give it to another client as
   * the `consistencyToken` option); `undefined` for reads and for a create whose id is unknown.
   */
  readonly consistencyToken: string | undefined;
}

/** What `.withResponse()` resolves to: the decoded value and the raw response. */
export interface WithResponse<T> {
  /** What awaiting the call gives (the model, a `Page`, ...). */
  data: T;
  /** Status, headers, request id, attempts and time waited of the call. */
  response: APIResponseInfo;
}

/** The outcome of one call as the runtime produces it. @internal */
export interface CallOutcome<T> {
  data: T;
  response: NativeResponse;
}

/** Starts the call; `raw` asks the core for the response headers too. @internal */
export type StartCall<T> = (raw: boolean) => Promise<CallOutcome<T>>;

/** The raw response of a call; what it shows in logs never holds a secret-named header's value. */
class ResponseInfo implements APIResponseInfo {
  readonly status: number;
  readonly headers: Headers;
  readonly requestId: string | undefined;
  readonly attempts: number;
  readonly waited: number;
  readonly consistencyToken: string | undefined;

  constructor(res: NativeResponse) {
    this.status = res.status;
    const headers = new Headers();
    for (const { name, value } of res.headers ?? []) {
      try {
        headers.append(name, value);
      } catch {
        // a value the Fetch standard cannot hold (it was read lossily from bytes): left out
      }
    }
    this.headers = headers;
    this.requestId = res.requestId ?? undefined;
    this.attempts = res.attempts;
    this.waited = res.waitedMs;
    this.consistencyToken = res.consistencyToken ?? undefined;
  }

  /** A plain view (header values under secret-looking names, and the consistency token, hidden). */
  toJSON(): object {
    const headers: Record<string, string> = {};
    this.headers.forEach((value, name) => {
      headers[name] = isSecretName(name) ? REDACTED : value;
    });
    return {
      status: this.status,
      headers,
      requestId: this.requestId,
      attempts: this.attempts,
      waited: this.waited,
      // shown by the one rule for secret-looking names (`consistencyToken` is one): the
      // property itself gives the token
      consistencyToken:
        this.consistencyToken !== undefined && isSecretName('consistencyToken') ? REDACTED : this.consistencyToken,
    };
  }

  /** @internal */
  [inspect.custom](_depth: number, opts: InspectOptions): string {
    return `APIResponseInfo ${inspect(this.toJSON(), opts)}`;
  }
}

/**
 * The promise of one call. `await` gives the decoded value, exactly as a plain `Promise`;
 * `.withResponse()` gives `{ data, response }` with the raw response ({@link APIResponseInfo}).
 *
 * The call starts at the end of the current synchronous job (or at once when `.then`,
 * `.withResponse()`, ... is called), so chain `.withResponse()` to the call itself:
 *
 * ```ts
 * const { data: ws, response } = await client.workspaces.get(id).withResponse();
 * console.log(response.status, response.headers.get('x-request-id'), response.attempts);
 * ```
 *
 * A `.withResponse()` asked after the call already started without it rejects with
 * `InvalidRequestError` (the call is never sent twice).
 */
export class APIPromise<T> extends Promise<T> {
  /** Promises derived from this one (`then`, `finally`, ...) are plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #start: StartCall<T>;
  #raw = false;
  #outcome: Promise<CallOutcome<T>> | undefined;

  /** @internal */
  constructor(start: StartCall<T>) {
    super((resolve) => resolve(undefined as T));
    this.#start = start;
    queueMicrotask(() => void this.#run());
  }

  #run(): Promise<CallOutcome<T>> {
    return (this.#outcome ??= this.#start(this.#raw));
  }

  /** The decoded value and the raw response (status, headers, request id, attempts, time waited, a write's consistency token). */
  withResponse(): Promise<WithResponse<T>> {
    if (this.#outcome !== undefined && !this.#raw) {
      return Promise.reject(
        new InvalidRequestError(
          'withResponse() must be chained to the call (e.g. `await client.workspaces.get(id).withResponse()`): this call was already sent without it',
        ),
      );
    }
    this.#raw = true;
    return this.#run().then(({ data, response }) => ({ data, response: new ResponseInfo(response) }));
  }

  /** Awaiting gives the decoded value, as with a plain `Promise`. */
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#run().then((o) => o.data).then(onfulfilled, onrejected);
  }

  /** As `Promise.prototype.catch`. */
  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  /** As `Promise.prototype.finally`. */
  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}
