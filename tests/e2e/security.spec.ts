/**
 * The Content-Security-Policy and framing rules, as the browser enforces them with the headers
 * the test server applies from public/_headers (quality.md, "Security").
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site.ts';

// Pages with many embeds (the preview page) take seconds to scroll through on a busy machine.
test.describe.configure({ timeout: 120_000 });

const pages = builtPages();

/** The dist/ file behind a URL path. */
const fileOf = (path: string) => `dist${path.endsWith('/') ? `${path}index.html` : path}`;

/** The <meta> CSP of a built page as directive → sources. */
function metaPolicy(path: string): Map<string, string[]> {
  const html = readFileSync(fileOf(path), 'utf8');
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
  expect(metas, `${path}: one CSP <meta>`).toHaveLength(1);
  const policy = new Map<string, string[]>();
  for (const part of metas[0]![1]!.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

for (const path of pages) {
  test(`${path} carries a CSP <meta> that allows exactly its own inline scripts and styles, and nothing unsafe for scripts`, () => {
    const policy = metaPolicy(path);
    const html = readFileSync(fileOf(path), 'utf8');
    for (const [kind, tag] of [['script-src', 'script'], ['style-src', 'style']] as const) {
      const hashes = (policy.get(kind) ?? []).filter((s) => s.startsWith("'sha")).sort();
      // A JSON-LD block is data, never run: the policy need not (and does not) list it.
      const inline = [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)(?![^>]*ld\\+json)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))];
      const own = [...new Set(inline.map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`))].sort();
      expect(hashes, `${path}: ${kind} lists the hash of each inline <${tag}> of the page, and no other`).toEqual(own);
      expect(policy.get(kind), `${path}: ${kind} allows the site's own files`).toContain("'self'");
    }
    const scriptSources = [...(policy.get('script-src') ?? []), ...(policy.get('default-src') ?? [])];
    expect(scriptSources.filter((s) => /unsafe-(inline|eval|hashes)|^\*$|^(https?|data):$/.test(s)), path).toEqual([]);
    expect(policy.get('style-src') ?? [], path).not.toContain("'unsafe-inline'");
  });

  test(`${path} triggers no CSP violation in the browser`, async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Refused to/i.test(m.text())) refused.push(m.text());
    });
    await page.addInitScript(() => {
      const store: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
      document.addEventListener('securitypolicyviolation', (e) => store.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
    });
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors');
    // Scroll to the end so that anything loaded on view (chart enhancers) runs under the policy too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    // Give what the scroll triggered (enhancers, lazy iframes) time to load and run: on the
    // preview page, lazy iframes may still be loading when the scroll ends.
    await page.waitForTimeout(1000);
    // Positive control: an inline script the policy must refuse is reported by the same
    // listener, after anything earlier; so an empty list above it means "none", not "not yet".
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__cspControl = 1';
      document.head.append(s);
    });
    const read = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    await expect.poll(async () => (await read()).length, { message: 'the control violation was not reported' }).toBeGreaterThan(0);
    const violations = await read();
    expect(violations.slice(0, -1)).toEqual([]);
    expect(violations.at(-1)).toMatch(/^script-src(-elem)? blocked inline/);
    expect(await page.evaluate(() => 'cspControl' in window || '__cspControl' in window)).toBe(false);
    expect(refused).toEqual([]);
  });
}

test.describe('framing from another origin', () => {
  let host: Server;
  let hostOrigin = '';
  test.beforeAll(async ({ baseURL }) => {
    // A host page on a second origin (a free port), framing a page of the site.
    host = createServer((req, res) => {
      const target = new URL(decodeURIComponent(req.url?.slice(1) ?? ''), baseURL).href;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="en"><title>host</title><iframe id="frame" title="framed" src="${target}" width="600" height="400"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  for (const path of ['/', ...pages.filter((p) => p.startsWith('/entretien/')).slice(0, 1)]) {
    test(`${path} refuses to be framed by another origin`, async ({ page, baseURL }) => {
      const target = new URL(path, baseURL).href;
      const served = page.waitForResponse(target);
      await page.goto(`${hostOrigin}/${encodeURIComponent(target)}`);
      // The site did answer the frame's request (200): the browser, not the network, refused it.
      const response = await served;
      expect(response.status()).toBe(200);
      expect(response.headers()['x-frame-options']).toBe('DENY');
      await page.waitForLoadState('load');
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame, 'the iframe exists').toBeTruthy();
      // Chromium replaces a refused frame with its own error page.
      expect(frame!.url()).toMatch(/^chrome-error:/);
      expect(await frame!.locator('html[lang="fr"]').count()).toBe(0);
      expect(await frame!.getByText('Aller au contenu').count()).toBe(0);
    });
  }

  for (const path of pages.filter((p) => p.startsWith('/embed/'))) {
    test(`${path} (an embed) may be framed by another origin`, async ({ page, baseURL }) => {
      const target = new URL(path, baseURL).href;
      await page.goto(`${hostOrigin}/${encodeURIComponent(target)}`);
      const frame = page.frameLocator('#frame');
      await expect(frame.locator('body')).not.toBeEmpty();
      expect(page.frames().some((f) => f.url() === target)).toBe(true);
    });
  }
});
