/** public/_headers (what static hosts send) and its parser (what our server and tests apply). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile } from '../../src/cli/headers-file.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const PAGES = ['/', '/entretien/laurent-wauquiez-numerique-2016/', '/404.html', '/une-page-inconnue/', '/favicon.svg'];
const EMBEDS = ['/embed/budget/', '/embed/budget/oembed.json'];

/** A CSP header as a map of directive → value. */
function directives(csp: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values.join(' '));
  }
  return out;
}

describe('public/_headers', () => {
  it.each(PAGES)('%s refuses framing and sends the hardening headers', (path) => {
    const h = headersFor(rules, path);
    expect(directives(h.get('content-security-policy')).get('frame-ancestors')).toBe("'none'");
    expect(h.get('x-frame-options')).toBe('DENY');
    const hsts = h.get('strict-transport-security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(hsts).toMatch(/includeSubDomains/i);
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const permissions = h.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toMatch(new RegExp(`(^|,)\\s*${feature}=\\(\\)`));
  });

  it.each(EMBEDS)('%s may be framed by any site and keeps the other headers', (path) => {
    const h = headersFor(rules, path);
    expect(directives(h.get('content-security-policy')).get('frame-ancestors')).toBe('*');
    expect(h.has('x-frame-options')).toBe(false);
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('strict-transport-security')).toMatch(/includeSubDomains/);
  });

  it.each([...PAGES, ...EMBEDS])('the header policy on %s leaves scripts and styles to the per-page <meta> CSP', (path) => {
    const csp = directives(headersFor(rules, path).get('content-security-policy'));
    for (const forbidden of ['script-src', 'style-src', 'default-src', 'script-src-elem', 'style-src-elem']) expect(csp.has(forbidden)).toBe(false);
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    expect(csp.get('form-action')).toBe("'self'");
  });

  it('sends each header once per path (no merged duplicates)', () => {
    for (const rule of rules) {
      const names = rule.set.map(([n]) => n.toLowerCase());
      expect(new Set(names).size, rule.pattern).toBe(names.length);
    }
  });
});

describe('parseHeadersFile', () => {
  it('reads paths, indented headers, comments, blank lines and "! Name" removals', () => {
    const parsed = parseHeadersFile('# comment\n/*\n  X-A: 1\n  X-B: a: b\n\n/embed/*\n  ! X-A\n  X-C: 3\n');
    expect(parsed).toEqual([
      { pattern: '/*', set: [['X-A', '1'], ['X-B', 'a: b']], unset: [] },
      { pattern: '/embed/*', set: [['X-C', '3']], unset: ['x-a'] },
    ]);
  });

  it('rejects a header before any path, naming the line', () => {
    expect(() => parseHeadersFile('\n  X-A: 1\n')).toThrow('_headers line 2: a header comes before any path');
  });

  it('rejects a line that is not "Name: value", naming the line and quoting it', () => {
    expect(() => parseHeadersFile('/*\n  X-A 1\n')).toThrow('_headers line 2: expected "Name: value", got "X-A 1"');
  });

  it('applies rules in order: later rules override and "!" removes, names case-insensitively', () => {
    const parsed = parseHeadersFile('/*\n  X-A: 1\n  X-B: 2\n/x/*\n  ! x-a\n  X-B: 3\n');
    expect([...headersFor(parsed, '/x/y')]).toEqual([['x-b', '3']]);
    expect([...headersFor(parsed, '/z')]).toEqual([['x-a', '1'], ['x-b', '2']]);
  });

  it('matches * as any run of characters and everything else literally', () => {
    expect(matchesPattern('/embed/*', '/embed/budget/')).toBe(true);
    expect(matchesPattern('/embed/*', '/embedded/')).toBe(false);
    expect(matchesPattern('/a.html', '/aXhtml')).toBe(false);
    expect(matchesPattern('/*', '/')).toBe(true);
  });
});
