// Loads the native addon once per process (Node's module cache guarantees it) and
// re-exports it with its generated types.
import type * as NativeModule from '../native/index';

/** The npm package holding the native addon (and the emulator) for this platform. */
export function platformPackage(): string {
  const { platform, arch } = process;
  if (platform === 'linux') {
    const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
    return `@cloudpirates/sdk-linux-${arch}-${report?.header?.glibcVersionRuntime ? 'gnu' : 'musl'}`;
  }
  if (platform === 'win32') return `@cloudpirates/sdk-win32-${arch}-msvc`;
  return `@cloudpirates/sdk-${platform}-${arch}`;
}

function load(): typeof NativeModule {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../native/index.js');
  } catch (cause) {
    const pkg = platformPackage();
    const err = new Error(
      `@cloudpirates/sdk: no native addon for this platform (${process.platform}-${process.arch}): ` +
        `the package ${pkg} is not installed. Prebuilt packages exist for linux-x64-gnu, ` +
        'linux-arm64-gnu, darwin-x64, darwin-arm64 and win32-x64-msvc and are installed as optional ' +
        'dependencies: reinstall without --no-optional/--omit=optional (or delete node_modules and the ' +
        `lockfile, then npm install), or run \`npm install ${pkg}\`. On any other platform, build the ` +
        'addon from source (bindings/node/README.md, "Building from source").',
    );
    (err as Error & { cause?: unknown }).cause = cause;
    throw err;
  }
}

export const native: typeof NativeModule = load();

export type {
  CompletionQueue,
  NativeClient,
  NativeCompletion,
  NativeClientOptions,
  NativeCallOptions,
  NativeLogRecord,
  NativeRequest,
  NativeResponse,
  NativePageInfo,
  NativeWaitOptions,
} from '../native/index';
