// Calls started on the native side settle here, in batches: one native completion queue per
// JavaScript thread (this module is loaded once per thread), one wake-up of the event loop
// per batch of finished calls instead of one promise and one libuv handle per call. The
// queue holds the event loop open only while calls are pending.
import { native, type CompletionQueue, type NativeResponse } from './native';

interface Waiter {
  resolve: (r: NativeResponse) => void;
  reject: (e: unknown) => void;
}

const pending = new Map<number, Waiter>();
let nextId = 1;
let queue: CompletionQueue | undefined;

/** Run before calls settle (the log records of the core's events, see `core.ts`). */
let beforeSettle: (() => void) | undefined;

/** @internal */
export function setBeforeSettle(f: () => void): void {
  beforeSettle = f;
}

function drain(): void {
  const q = queue as CompletionQueue;
  beforeSettle?.();
  for (const c of q.drain()) {
    const w = pending.get(c.id);
    if (w === undefined) continue;
    pending.delete(c.id);
    if (c.error != null) w.reject(new Error(c.error));
    else w.resolve(c.response as NativeResponse);
  }
  if (pending.size === 0) q.setActive(false);
}

/**
 * Starts one native call with `start(queue, id)` and answers its outcome: the response, or
 * an `Error` whose message carries the serialised SDK error (see `fromNative`). A synchronous
 * throw of `start` rejects the promise.
 */
export function submit(start: (queue: CompletionQueue, id: number) => void): Promise<NativeResponse> {
  const q = (queue ??= new native.CompletionQueue(drain));
  const id = nextId;
  nextId = nextId >= 0xffffffff ? 1 : nextId + 1;
  return new Promise<NativeResponse>((resolve, reject) => {
    start(q, id);
    pending.set(id, { resolve, reject });
    if (pending.size === 1) q.setActive(true);
  });
}

/** Calls started and not yet settled (for tests). */
export function pendingCalls(): number {
  return pending.size;
}
