// Shared setup of the tests: every test file starts its own emulator (real HTTP, no mocks).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startEmulator } from '@cloudpirates/sdk/testing';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** operationIds of the project's OpenAPI description. */
export function specOperationIds() {
  const text = readFileSync(join(ROOT, 'openapi', 'cloudpirates.yaml'), 'utf8');
  return [...text.matchAll(/^\s+operationId:\s*['"]?([\w.]+)['"]?\s*$/gm)].map((m) => m[1]);
}

/** A logger that keeps every record (message + details object). */
export function recordingLogger() {
  const records = [];
  const push = (level) => (message, ...args) => records.push({ level, message, args });
  return { records, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

/**
 * An emulator for a test file. Every suite sets the read lag explicitly: 0 for speed (the
 * emulator's default is 150 ms, as the real API lags); the read-your-writes tests pass a lag.
 * The never-answering application updates hang 200 ms instead of 30 s before their 504.
 * Activation before the first login stays on (the documented default): tests activate.
 */
export async function emulator(options = {}) {
  return startEmulator({ startTimeout: 60000, lagMs: 0, applicationUpdateDelayMs: 200, ...options });
}

export function unique(prefix) {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
