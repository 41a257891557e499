// What the generated error classes (`generated/errors.ts`, from tools/codegen/errors.yaml)
// stand on: an `Error` named after its class that shows its record without secrets.

import { inspect, type InspectOptions } from 'node:util';

import { redact, redactBody } from './secrets';

/** Base of the generated `CloudPiratesError`. */
export class ErrorBase extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  /** The server's retry hint in seconds (`retryAfterMs / 1000`), if any. */
  get retryAfter(): number | undefined {
    const ms = (this as { retryAfterMs?: number }).retryAfterMs;
    return ms === undefined ? undefined : ms / 1000;
  }

  /** The response body parsed as JSON, when it is JSON. */
  get json(): unknown {
    const body = (this as { body?: string }).body;
    if (body === undefined) return undefined;
    try {
      return JSON.parse(body);
    } catch {
      return undefined;
    }
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
