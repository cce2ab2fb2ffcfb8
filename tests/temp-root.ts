/**
 * Vitest's global setup: every temporary folder a test makes (`mkdtempSync(join(tmpdir(), …))`,
 * and those of the builds and servers it starts) goes under one folder of this run, removed when
 * the run ends. Without it, each `npm test` left about twenty folders in the system's temp folder.
 * Node's `tmpdir()` reads TMPDIR when called, and the workers, started after this, inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'dossier-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
