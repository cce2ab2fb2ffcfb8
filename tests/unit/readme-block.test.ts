import { describe, expect, it } from 'vitest';
import { readmeMarkers, readmeStamp, replaceReadmeBlock } from '../../src/cli/readme-block.ts';

const { start, end } = readmeMarkers('bench-scale', 'npm run bench');
const readme = `# Title\n\nIntro.\n\n${start}\nold stamp\n\nold table\n${end}\n\nAfter the table.\n`;

describe('replaceReadmeBlock', () => {
  it('replaces exactly the lines between the markers and leaves the rest byte for byte', () => {
    const out = replaceReadmeBlock(readme, 'bench-scale', 'new stamp\n\nnew table\n');
    expect(out).toBe(`# Title\n\nIntro.\n\n${start}\nnew stamp\n\nnew table\n${end}\n\nAfter the table.\n`);
  });

  it('is idempotent: writing the same body twice gives the same README', () => {
    const once = replaceReadmeBlock(readme, 'bench-scale', 'body');
    expect(replaceReadmeBlock(once, 'bench-scale', 'body')).toBe(once);
  });

  it('keeps the start marker as README.md spells it and touches only the named block', () => {
    const other = readmeMarkers('bench-server', 'npm run bench -- --server');
    const two = `${other.start}\nserver rows\n${other.end}\n<!-- bench-scale:start (hand note) -->\nx\n${end}\n`;
    expect(replaceReadmeBlock(two, 'bench-scale', 'y')).toBe(`${other.start}\nserver rows\n${other.end}\n<!-- bench-scale:start (hand note) -->\ny\n${end}\n`);
  });

  it('refuses a README without the markers, naming README.md and both lines to add', () => {
    const call = () => replaceReadmeBlock('# Title\n', 'bench-server', 'x', 'npm run bench -- --server');
    expect(call).toThrow(/^README\.md: no "<!-- bench-server:start/);
    expect(call).toThrow('<!-- bench-server:start (written by npm run bench -- --server; do not edit by hand) -->\n  <!-- bench-server:end -->');
  });

  it('refuses a missing end marker, markers out of order, or a repeated pair', () => {
    expect(() => replaceReadmeBlock(`${start}\nx\n`, 'bench-scale', 'y')).toThrow(/README\.md: no "<!-- bench-scale:end -->" marker/);
    expect(() => replaceReadmeBlock(`${end}\nx\n${start}\n`, 'bench-scale', 'y')).toThrow(/comes before/);
    expect(() => replaceReadmeBlock(readme + readme, 'bench-scale', 'y')).toThrow(/more than once/);
  });
});

describe('readmeStamp', () => {
  it('names the script, the commit and the date', () => {
    expect(readmeStamp({ script: 'npm run bench', commit: 'abc1234', date: '2026-12-02', details: '2 cores' })).toBe(
      'Measured by `npm run bench` on commit `abc1234`, 2026-12-02: 2 cores.',
    );
    expect(readmeStamp({ script: 'npm run bench', commit: 'abc1234', date: '2026-12-02' })).toBe('Measured by `npm run bench` on commit `abc1234`, 2026-12-02.');
  });
});
