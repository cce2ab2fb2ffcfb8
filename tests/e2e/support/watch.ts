/** Records what a page does wrong while a test drives it: console errors, failed or outside requests. */
import type { Page } from '@playwright/test';

export interface PageWatch {
  consoleErrors: string[];
  failedRequests: string[];
  outsideRequests: string[];
}

/** Starts recording on a page; read the arrays after navigating. */
export function watchPage(page: Page, origin: string): PageWatch {
  const w: PageWatch = { consoleErrors: [], failedRequests: [], outsideRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(e.message));
  page.on('requestfailed', (r) => w.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) w.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) w.outsideRequests.push(r.url());
  });
  return w;
}
