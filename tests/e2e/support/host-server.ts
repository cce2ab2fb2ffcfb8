/**
 * A second origin for embed tests: a tiny HTTP server on a random free port that serves
 * host pages embedding the site's charts (with the site's snippet and loader), a page that
 * forges resize messages, a look-alike embed on its own origin, and a page that tries to
 * frame any site page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedSnippet, RESIZE_TYPE_FOR_TESTS } from './embed-facts.ts';

export interface HostServer {
  origin: string;
  close: () => Promise<void>;
}

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body style="margin:0;font-family:sans-serif">${body}</body></html>`;

/** Starts the host server for a site at `site` (e.g. http://127.0.0.1:4381). */
export async function startHostServer(site: string): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const q = url.searchParams;
    let html: string;
    if (url.pathname === '/host.html') {
      // ?charts=a,b — one column per chart, each the gallery's snippet; &sandbox adds the recommended sandbox.
      const sandbox = q.get('sandbox');
      const frames = (q.get('charts') ?? '').split(',').map((id, i) => {
        let snippet = embedSnippet(site, id, `Graphique ${i + 1}`, 400);
        if (sandbox) snippet = snippet.replace('<iframe ', `<iframe sandbox="${sandbox}" `);
        return `<div style="flex:1 1 0;min-width:0">${snippet}</div>`;
      });
      const intruder = q.has('intruder') ? '<iframe name="intrus" title="intrus" srcdoc="<p>autre cadre</p>" height="50"></iframe>' : '';
      // &foreign=<id>: look-alike embeds served by this (other) origin, at /embed/<id>/, one with data-dossier-chart.
      const foreign = q.get('foreign');
      const lookAlikes = foreign
        ? `<iframe class="foreign" name="foreign-path" title="copie" src="/embed/${foreign}/" height="150"></iframe>` +
          `<iframe class="foreign" name="foreign-attr" title="copie 2" src="/embed/${foreign}/" data-dossier-chart="${foreign}" height="150"></iframe>`
        : '';
      // &clobber=<name>: an element whose id shadows a global name (DOM clobbering).
      const clobber = q.get('clobber');
      const shadow = clobber ? `<a id="${clobber}" href="#">ancre</a><form name="${clobber}"></form>` : '';
      html = page(`${shadow}<h1>Host page</h1><div style="display:flex;gap:16px">${frames.join('')}</div>${intruder}${lookAlikes}`);
    } else if (/^\/embed\/[^/]+\/$/.test(url.pathname)) {
      // A look-alike embed on the host's origin: keeps posting a well-formed resize message.
      const chart = url.pathname.split('/')[2];
      const message = JSON.stringify({ type: RESIZE_TYPE_FOR_TESTS, chart, height: 777 });
      html = page(`<p>copie</p><script>setInterval(() => parent.postMessage(${message}, '*'), 50);</script>`);
    } else if (url.pathname === '/forge.html') {
      // Posts a well-formed resize message to its parent, from this (wrong) origin.
      const message = JSON.stringify({ type: RESIZE_TYPE_FOR_TESTS, chart: q.get('chart'), height: Number(q.get('height')) });
      html = page(`<p>forged</p><script>for (let i = 0; i < 5; i++) setTimeout(() => parent.postMessage(${message}, '*'), i * 50);</script>`);
    } else if (url.pathname === '/frame.html') {
      html = page(`<iframe name="cible" title="cible" src="${new URL(q.get('path') ?? '/', site).href}" width="600" height="400"></iframe>`);
    } else {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
