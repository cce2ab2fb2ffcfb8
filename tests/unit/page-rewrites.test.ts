import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { afterLoadBody, applyEdits, finishEdits, scriptsAfterLoad, trimCspHashes } from '../../src/cli/page-rewrites.ts';

describe('scriptsAfterLoad', () => {
  const head = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('replaces the external module scripts with one inline module that imports them after load, allowed by its hash', () => {
    const html = `${head("default-src 'self'; script-src 'self'; style-src 'self'")}<p>x</p><script type="module" src="/_astro/a.js"></script><p>y</p><script type="module" src="/_astro/b.js"></script>`;
    const body = afterLoadBody(['/_astro/a.js', '/_astro/b.js']);
    expect(body).toContain('const l=()=>{import("/_astro/a.js");import("/_astro/b.js");}');
    expect(body).toContain('addEventListener("load",w,{once:!0})');
    expect(scriptsAfterLoad(html)).toBe(
      `${head(`default-src 'self'; script-src 'self' ${hash(body)}; style-src 'self'`)}<p>x</p><script type="module" data-after-load>${body}</script><p>y</p>`,
    );
  });

  it('leaves inline scripts, JSON-LD and scripts with other attributes alone', () => {
    const html = [
      head("script-src 'self'"),
      '<script type="module">console.log(1)</script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="module" src="/a.js" fetchpriority="high"></script>',
    ].join('');
    expect(scriptsAfterLoad(html)).toBe(html);
  });

  it('keeps the external scripts of a page whose CSP could not allow the inline module', () => {
    const bare = '<script type="module" src="/a.js"></script>';
    expect(scriptsAfterLoad(bare)).toBe(bare);
    const noScriptSrc = `${head("default-src 'self'")}${bare}`;
    expect(scriptsAfterLoad(noScriptSrc)).toBe(noScriptSrc);
  });

  it('is idempotent, and the CSP trim keeps the new hash', () => {
    const once = scriptsAfterLoad(`${head("script-src 'self' 'sha256-old'")}<script type="module" src="/a.js"></script>`);
    expect(scriptsAfterLoad(once)).toBe(once);
    expect(trimCspHashes(once)).toContain(hash(afterLoadBody(['/a.js'])));
    expect(trimCspHashes(once)).not.toContain('sha256-old');
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

describe('finishEdits', () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const head = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}">`;

  it('replaces the styles, swaps their hashes, moves the scripts after load and trims the CSP, in one set of edits', () => {
    const policy = `script-src 'self' ${hash('old()')}; style-src 'self' ${hash('p{}q{}')} ${hash('r{}')} ${hash('gone{}')}`;
    const html = `${head(policy)}<style>p{}q{}</style><style>r{}</style></head><body><script type="module" src="/a.js"></script></body>`;
    const edits = finishEdits(html, ['p{}', '']);
    const body = afterLoadBody(['/a.js']);
    expect(applyEdits(html, edits).join('')).toBe(
      `${head(`script-src 'self' ${hash(body)}; style-src 'self' ${hash('p{}')} ${hash('')}`)}<style>p{}</style><style></style></head><body><script type="module" data-after-load>${body}</script></body>`,
    );
    // Without new styles, the same as the two rewrites in turn.
    expect(applyEdits(html, finishEdits(html)).join('')).toBe(trimCspHashes(scriptsAfterLoad(html)));
  });

  it('gives no edit for a page with nothing to change', () => {
    expect(finishEdits('<p>x</p>', [])).toEqual([]);
    expect(finishEdits(`${head("style-src 'self'")}<style>p{}</style>`, ['p{}'])).toEqual([]);
  });
});

describe('applyEdits', () => {
  it('splices the edits in order, whatever order they come in, and leaves the rest as it was', () => {
    expect(applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 1, end: 1, text: '+' }, { start: 2, end: 3, text: '' }]).join('')).toBe('a+bdEf');
    expect(applyEdits('abc', []).join('')).toBe('abc');
  });
});
