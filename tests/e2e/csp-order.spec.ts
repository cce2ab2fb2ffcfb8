/**
 * A <meta> Content-Security-Policy governs only what the parser meets after it: on every
 * built page it comes first in <head> (after the charset, which must open the document),
 * before any script, JSON-LD included.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtPages } from './support/site.ts';

const fileOf = (path: string) => `dist${path.endsWith('/') ? `${path}index.html` : path}`;

test('every built page opens its <head> with the charset, then the CSP <meta>, before any script', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  const wrong: string[] = [];
  for (const path of pages) {
    const head = parse(readFileSync(fileOf(path), 'utf8')).querySelector('head');
    const children = head?.childNodes.filter((n) => n.nodeType === 1).map((n) => n as unknown as { tagName: string; getAttribute(a: string): string | undefined }) ?? [];
    const [charset, csp] = children;
    const cspIndex = children.findIndex((e) => e.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
    const firstScript = children.findIndex((e) => e.tagName === 'SCRIPT');
    if (charset?.getAttribute('charset') !== 'utf-8') wrong.push(`${path}: <meta charset> is not first`);
    if (csp?.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') wrong.push(`${path}: the CSP <meta> is element ${cspIndex + 1} of <head>, not 2`);
    if (firstScript !== -1 && firstScript < cspIndex) wrong.push(`${path}: a <script> comes before the CSP <meta>`);
    const scriptsInBody = (parse(readFileSync(fileOf(path), 'utf8')).querySelectorAll('script').length);
    if (cspIndex === -1 && scriptsInBody) wrong.push(`${path}: scripts but no CSP <meta>`);
  }
  expect(wrong).toEqual([]);
});
