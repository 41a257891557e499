// Which field names hold secrets, and how values under them are hidden. The rule is the
// core's (`cloudpirates::is_secret_name`: the fields the OpenAPI file marks `x-secret`, and
// names that say token, secret, password, API key or credential), asked of the native addon
// once per name: logs, `util.inspect` of models and errors, and the JSON of errors use it.

import { inspect, type InspectOptions } from 'node:util';

import { native } from './native';

/** What a hidden value shows instead. */
export const REDACTED = '[REDACTED]';

const known = new Map<string, boolean>();

/** True when a field of this name holds a secret (the core's rule, cached per name). */
export function isSecretName(name: string): boolean {
  let hit = known.get(name);
  if (hit === undefined) {
    hit = native.isSecretName(name);
    if (known.size < 10_000) known.set(name, hit);
  }
  return hit;
}

/** Deep copy with every value under a secret-named key replaced by `[REDACTED]`. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = isSecretName(k) ? REDACTED : redact(v, depth + 1);
    }
    return out;
  }
  return value;
}

/** A response body (text) with the values of secret-named fields hidden, when it is JSON. */
export function redactBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.stringify(redact(JSON.parse(body)));
  } catch {
    return body;
  }
}

/** `util.inspect` of a decoded object that holds secrets: its own fields, secrets hidden. */
function inspectRedacted(this: Record<string, unknown>, _depth: number, opts: InspectOptions): string {
  const shown: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(this)) shown[k] = isSecretName(k) ? REDACTED : v;
  return inspect(shown, opts);
}

/**
 * Makes `util.inspect` (and so `console.log`) of a decoded response hide its secrets: every
 * object with a secret-named field gets a non-enumerable `util.inspect.custom`. The values
 * stay readable (`resp.accessToken`) and `JSON.stringify` and `deepEqual` are unchanged.
 */
export function guardSecrets<T>(value: T, depth = 0): T {
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (const x of value) guardSecrets(x, depth + 1);
    return value;
  }
  let secret = false;
  const obj = value as Record<string, unknown>;
  for (const k in obj) {
    const v = obj[k];
    if (isSecretName(k)) secret = true;
    else if (v !== null && typeof v === 'object') guardSecrets(v, depth + 1);
  }
  if (secret) Object.defineProperty(obj, inspect.custom, { value: inspectRedacted, enumerable: false, configurable: true, writable: true });
  return value;
}
