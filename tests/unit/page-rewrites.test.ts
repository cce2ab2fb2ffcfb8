import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lowPriorityScripts, trimCspHashes } from '../../src/cli/page-rewrites.ts';

describe('lowPriorityScripts', () => {
  it('marks each external module script fetchpriority="low"', () => {
    const html = '<p>x</p><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>';
    expect(lowPriorityScripts(html)).toBe(
      '<p>x</p><script type="module" fetchpriority="low" src="/_astro/a.js"></script><script type="module" fetchpriority="low" src="/_astro/b.js"></script>',
    );
  });

  it('leaves inline scripts, JSON-LD and scripts that already say their priority alone', () => {
    const html = [
      '<script type="module">console.log(1)</script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="module" src="/a.js" fetchpriority="high"></script>',
    ].join('');
    expect(lowPriorityScripts(html)).toBe(html);
  });

  it('is idempotent', () => {
    const once = lowPriorityScripts('<script type="module" src="/a.js"></script>');
    expect(lowPriorityScripts(once)).toBe(once);
  });
});

describe('trimCspHashes', () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const page = (policy: string, body: string) => `<head><meta http-equiv="content-security-policy" content="${policy}">${body}</head>`;

  it("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
    const body = '<style>p{color:red}</style><script type="module">go()</script><script type="module" src="/a.js"></script>';
    const policy = `default-src 'self'; script-src 'self' ${hash('go()')} ${hash('other()')}; style-src 'self' ${hash('p{color:red}')} ${hash('q{}')}`;
    expect(trimCspHashes(page(policy, body))).toBe(
      page(`default-src 'self'; script-src 'self' ${hash('go()')}; style-src 'self' ${hash('p{color:red}')}`, body),
    );
  });

  it('leaves a page without a CSP <meta> alone', () => {
    expect(trimCspHashes('<p>x</p>')).toBe('<p>x</p>');
  });
});
