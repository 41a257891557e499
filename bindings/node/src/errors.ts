// The error classes are generated from tools/codegen/errors.yaml (`generated/errors.ts`).
// The native addon rejects with a message carrying the core's `Error::to_json()`;
// `fromNative` builds the class the core named (`class_name()`), so the mapping from HTTP
// status and failure kind to class is defined once, in Rust.

import { APIError, ERROR_CLASSES, type CloudPiratesError, type ErrorPayload } from './generated/errors';
import type { BusinessRuleError } from './generated/models';

export * from './generated/errors';

/** Business-rule details of a 400 (`params`, `path`, `expected`). */
export type BusinessRuleDetails = BusinessRuleError;

/** The caller's `AbortSignal` cancelled the request; the native request was dropped (Node only). */
export class APIUserAbortError extends APIError {}

const CLASSES: Readonly<Record<string, typeof CloudPiratesError>> = { ...ERROR_CLASSES, APIUserAbortError };

const PREFIX = 'cloudpirates-error:';

/** Builds the typed error from a core error payload. */
export function errorFromPayload(p: ErrorPayload, cause?: unknown): CloudPiratesError {
  const cls = CLASSES[p.class_name ?? p.class ?? ''] ?? APIError;
  return new cls(p.message ?? '', p, cause === undefined ? undefined : { cause });
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
