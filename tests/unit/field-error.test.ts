/** The one error map: each mistake worded from the issue and the field's description, and it outranks Astro's per-parse map. */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { field } from '../../src/content/schema-kit.ts';

const schema = z.strictObject({
  name: field(z.string().min(1).max(5), 'the short name, in French'),
  count: field(z.number().int().min(2), 'how many there are'),
  kind: field(z.enum(['a', 'b']), 'what it is'),
  list: field(z.array(z.string()).min(1).max(2), 'the words'),
  slug: field(z.string().regex(/^[a-z]+$/), 'lowercase letters only'),
});
const ok = { name: 'x', count: 2, kind: 'a', list: ['w'], slug: 'abc' };
/** The messages as Astro gets them: it parses with its own `error` map, which must not win. */
const messages = (value: unknown) => {
  const r = schema.safeParse(value, { error: () => 'ASTRO' });
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('field() and its error map', () => {
  test('a missing field and an enum say so, with the description (and the values)', () => {
    expect(messages({ ...ok, name: undefined, kind: undefined })).toEqual(['`name:` is missing: the short name, in French', '`kind:` is missing: what it is (one of a, b)']);
  });
  test('a wrong type or value names what was written', () => {
    expect(messages({ ...ok, count: '3', kind: 'c' })).toEqual(['`count:` must be a number (no quotes, no unit), not "3": how many there are', '`kind:` must be one of a, b, not "c": what it is']);
    expect(messages({ ...ok, count: 2.5 })).toEqual(['`count:` must be a whole number, not 2.5: how many there are']);
  });
  test('sizes are counted the way editors count them', () => {
    expect(messages({ ...ok, name: '', list: [] })).toEqual(['`name:` is empty: the short name, in French', '`list:` is an empty list: the words']);
    expect(messages({ ...ok, name: 'abcdefg', count: 1, list: ['a', 'b', 'c'] })).toEqual([
      '`name:` is longer than 5 characters (7 now): the short name, in French',
      '`count:` must be at least 2: how many there are',
      '`list:` has more than 2 entries (3 now): the words',
    ]);
  });
  test('a badly written value quotes it', () => {
    expect(messages({ ...ok, slug: 'A B' })).toEqual(['`slug:` is not written as expected ("A B"): lowercase letters only']);
  });
  test('the description is readable from the schema (zod registry)', () => {
    expect(schema.shape.name.description).toBe('the short name, in French');
  });
});
