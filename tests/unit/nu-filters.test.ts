import { describe, expect, test } from 'vitest';
import { ignoredBy, NU_FILTERS } from '../../src/lib/site/nu-filters.ts';

describe('Nu HTML Checker filters', () => {
  test('ignore the CSS grammar gaps and the file: CSP evaluation, each with a reason', () => {
    for (const message of [
      'CSS: Unrecognized at-rule “@property”.',
      'CSS: Unrecognized at-rule “@container”.',
      'CSS: “container-type”: Property “container-type” doesn\'t exist.',
      'CSS: “margin-trim”: Property “margin-trim” doesn\'t exist.',
      'CSS: “paint-order”: Property “paint-order” doesn\'t exist.',
      'Resource violates Content Security Policy (meta tag): image “/a.svg” blocked by “img-src” directive.',
    ]) {
      expect(ignoredBy({ message })?.reason.length, message).toBeGreaterThan(40);
    }
    expect(NU_FILTERS.every((f) => f.reason.length > 40)).toBe(true);
  });
  test('keep real problems: a stray script after </html>, a section without heading, other CSS errors', () => {
    for (const message of [
      'Stray start tag “script”.',
      'Section lacks heading. Consider using “h2”-“h6” elements to add identifying headings to all sections.',
      'CSS: “colour”: Property “colour” doesn\'t exist.',
      'CSS: Unrecognized at-rule “@frobnicate”.',
    ]) {
      expect(ignoredBy({ message }), message).toBeUndefined();
    }
  });
});
