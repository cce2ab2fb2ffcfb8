/** Element ids are counted per page render: one page's ids never depend on the pages built before it. */
import { describe, expect, it } from 'vitest';
import { uniqueId } from '../../src/lib/site/page-ids.ts';

describe('uniqueId', () => {
  it('counts each prefix within one render of a page', () => {
    const page = new Request('https://exemple.org/a/');
    expect([uniqueId('note', page), uniqueId('note', page), uniqueId('graphique-x', page)]).toEqual(['note-1', 'note-2', 'graphique-x-1']);
  });

  it('starts again for another page, or the same page rendered again, whatever was rendered before', () => {
    const first = new Request('https://exemple.org/a/');
    for (let i = 0; i < 5; i++) uniqueId('note', first);
    expect(uniqueId('note', new Request('https://exemple.org/b/'))).toBe('note-1');
    expect(uniqueId('note', new Request('https://exemple.org/a/'))).toBe('note-1');
  });
});
