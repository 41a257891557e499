// Loads the native addon once per process (Node's module cache guarantees it) and
// re-exports it with its generated types.
import type * as NativeModule from '../native/index';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const native: typeof NativeModule = require('../native/index.js');

export type {
  CompletionQueue,
  NativeClient,
  NativeCompletion,
  NativeClientOptions,
  NativeCallOptions,
  NativeRequest,
  NativeResponse,
  NativePageInfo,
  NativeWaitOptions,
} from '../native/index';
