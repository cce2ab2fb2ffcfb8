/** The command lines' argument reader (src/cli/args.ts): Node's parseArgs, one sentence on a mistake. */
import { describe, expect, it } from 'vitest';
import { readArgs } from '../../src/cli/args.ts';

const USAGE = 'node src/cli/typography.ts [--fix] [--root <dir>] [files…]';
const OPTIONS = { fix: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } as const;

describe('readArgs', () => {
  it('reads flags, a flag\'s value and positionals in any order', () => {
    const { values, positionals } = readArgs(USAGE, OPTIONS, ['a.mdx', '--root', 'site', '--fix', 'b.yaml']);
    expect(values).toEqual({ fix: true, root: 'site' });
    expect(positionals).toEqual(['a.mdx', 'b.yaml']);
    expect(readArgs(USAGE, OPTIONS, ['--root=other']).values).toEqual({ fix: false, root: 'other' });
  });

  it('stops a mistyped flag with one sentence and the usage, instead of taking it for a file', () => {
    expect(() => readArgs(USAGE, OPTIONS, ['--fixx'])).toThrow(`Unknown option '--fixx' (usage: ${USAGE}).`);
  });

  it('says when a flag is missing its value', () => {
    expect(() => readArgs(USAGE, OPTIONS, ['--root'])).toThrow(/--root.*argument missing.*\(usage: /);
  });
});
