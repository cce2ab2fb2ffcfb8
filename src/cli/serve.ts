/**
 * Serves a built site the way a static host would: files from a folder, the `_headers`
 * rules applied, text compressed (gzip or brotli, as every CDN does), 404.html for unknown
 * paths. Used by `npm start`, the end-to-end tests and `npm run lighthouse`.
 *
 *   node src/cli/serve.ts [folder=dist] [--port 4321] [--host 127.0.0.1]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist');
const port = Number(option('port') ?? process.env.PORT ?? 4321);
const host = option('host') ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Nothing to serve in ${root}: run "npm run build" first.`);
  process.exit(1);
}
const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('Not found');
const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
// compression is Express middleware; it only needs Node's own request and response.
const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
  compress(req, res, () =>
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    }),
  );
});

server.listen(port, host, () => {
  console.log(`Le site est servi sur http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (Ctrl+C pour arrêter)`);
});
