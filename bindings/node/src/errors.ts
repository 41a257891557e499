// Error classes of the SDK. The native addon rejects with a message carrying the core's
// `Error::to_json()`; `fromNative` rebuilds the class the core named (`class_name()`), so the
// mapping from HTTP status and failure kind to class is defined once, in Rust.

import { inspect, type InspectOptions } from 'node:util';

import type { ValidationError } from './generated/models';
import { redact, redactBody } from './secrets';

/** Business-rule details of a 400 (`params`, `path`, `expected`). */
export interface BusinessRuleDetails {
  params?: unknown;
  path?: string | null;
  expected?: string | null;
}

/** The serialised form of a core error (`Error::to_json()`). */
export interface ErrorPayload {
  class: string;
  kind?: string;
  status?: number | null;
  message: string;
  body?: string | null;
  request_id?: string | null;
  attempts?: number;
  waited_ms?: number;
  validation_errors?: ValidationError[];
  business_error?: BusinessRuleDetails | null;
  retry_after_ms?: number | null;
  may_have_executed?: boolean;
}

/** Base class of every error the SDK throws. */
export class CloudPiratesError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  /**
   * What `JSON.stringify(err)` shows: name, message and every field, with the values of
   * secret-named fields hidden, in the response body too (the core's rule, see `redact`).
   */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [k, v] of Object.entries(this)) {
      if (k !== 'name') out[k] = k === 'body' ? redactBody(v) : redact(v);
    }
    return out;
  }

  /** What `util.inspect` / `console.log` show: the stack, then the fields as in `toJSON`. */
  [inspect.custom](_depth: number, opts: InspectOptions): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const head = this.stack ?? `${this.name}: ${this.message}`;
    return Object.keys(fields).length === 0 ? head : `${head} ${inspect(fields, opts)}`;
  }
}

/**
 * A call that failed: the server answered with an error status, or the SDK gave up on it
 * (connection, timeout, unknown outcome, abort). Never holds a key or token.
 */
export class APIError extends CloudPiratesError {
  /** HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** The raw response body, when there was one. */
  readonly body: string | undefined;
  /** `x-request-id` of the last response, if any. */
  readonly requestId: string | undefined;
  /** HTTP attempts made. */
  readonly attempts: number;
  /** Milliseconds the SDK slept between attempts (backoff, Retry-After, consistency waits). */
  readonly waitedMs: number;
  /** The core's broad class (`Api`, `RateLimited`, `Connection`, `Timeout`, ...). */
  readonly kind: string;
  /** Parsed business-rule details of a 400, if any. */
  readonly businessError: BusinessRuleDetails | undefined;

  constructor(message: string, payload: Partial<ErrorPayload> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.status = payload.status ?? undefined;
    this.body = payload.body ?? undefined;
    this.requestId = payload.request_id ?? undefined;
    this.attempts = payload.attempts ?? 0;
    this.waitedMs = payload.waited_ms ?? 0;
    this.kind = payload.kind ?? 'Api';
    this.businessError = payload.business_error ?? undefined;
  }

  /** The response body parsed as JSON, when it is JSON. */
  get json(): unknown {
    if (this.body === undefined) return undefined;
    try {
      return JSON.parse(this.body);
    } catch {
      return undefined;
    }
  }
}

/** 400: the request was invalid; `validationErrors` holds the AJV-style details. */
export class BadRequestError extends APIError {
  readonly validationErrors: ValidationError[];
  constructor(message: string, payload: Partial<ErrorPayload> = {}, options?: { cause?: unknown }) {
    super(message, payload, options);
    this.validationErrors = payload.validation_errors ?? [];
  }
}
/** 401: the credentials are missing, invalid or expired. */
export class AuthenticationError extends APIError {}
/** 403: the credentials do not allow this call. */
export class PermissionDeniedError extends APIError {}
/** 404: no such resource (after riding out the lag of this client's own writes). */
export class NotFoundError extends APIError {}
/** 409: the request conflicts with the current state. */
export class ConflictError extends APIError {}
/** 422: the request was understood but cannot be processed. */
export class UnprocessableEntityError extends APIError {}
/** 429 that could not be waited out. `retryAfter` is the server's hint in seconds. */
export class RateLimitError extends APIError {
  /** The server's hint in seconds, if any. */
  readonly retryAfter: number | undefined;
  /** The server's hint in milliseconds, if any. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, payload: Partial<ErrorPayload> = {}, options?: { cause?: unknown }) {
    super(message, payload, options);
    this.retryAfterMs = payload.retry_after_ms ?? undefined;
    this.retryAfter = this.retryAfterMs === undefined ? undefined : this.retryAfterMs / 1000;
  }
}
/** 5xx. */
export class InternalServerError extends APIError {}
/** 501: the server has no handler for this operation (e.g. `applications.create` where the platform is not enabled). */
export class NotImplementedError extends InternalServerError {}
/**
 * A write may or may not have been applied (503/504, or the connection broke after
 * sending). It was not re-sent: re-read the state (or use `client.waitFor`) before retrying.
 */
export class OutcomeUnknownError extends APIError {
  /** Always true: the server may have executed the write, or may still do so. */
  readonly mayHaveExecuted: boolean;
  constructor(message: string, payload: Partial<ErrorPayload> = {}, options?: { cause?: unknown }) {
    super(message, payload, options);
    this.mayHaveExecuted = payload.may_have_executed ?? true;
  }
}
/** The request could not be sent, or the connection broke before an answer. */
export class APIConnectionError extends APIError {}
/** The call's deadline (`timeout`) passed. */
export class APITimeoutError extends APIConnectionError {}
/** The caller's `AbortSignal` cancelled the request; the native request was dropped. */
export class APIUserAbortError extends APIError {}

/** The input or the client's configuration was rejected before anything was sent. */
export class InvalidRequestError extends CloudPiratesError {}
/** The response could not be decoded. */
export class ResponseDecodeError extends CloudPiratesError {}

type APIErrorClass = new (message: string, payload?: Partial<ErrorPayload>, options?: { cause?: unknown }) => APIError;

const API_CLASSES: Record<string, APIErrorClass> = {
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  NotImplementedError,
  OutcomeUnknownError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
};

const PREFIX = 'cloudpirates-error:';

/** Builds the typed error from a core error payload. */
export function errorFromPayload(p: ErrorPayload, cause?: unknown): CloudPiratesError {
  const options = cause === undefined ? undefined : { cause };
  if (p.class === 'InvalidRequestError') return new InvalidRequestError(p.message, options);
  if (p.class === 'ResponseDecodeError') return new ResponseDecodeError(p.message, options);
  const cls = API_CLASSES[p.class] ?? APIError;
  return new cls(p.message, p, options);
}

/** Turns a rejection of the native addon into the SDK's typed error. */
export function fromNative(err: unknown): unknown {
  const msg = err instanceof Error ? err.message : undefined;
  if (msg === undefined || !msg.startsWith(PREFIX)) return err;
  let payload: ErrorPayload;
  try {
    payload = JSON.parse(msg.slice(PREFIX.length)) as ErrorPayload;
  } catch {
    return err;
  }
  return errorFromPayload(payload);
}
