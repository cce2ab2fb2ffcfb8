/**
 * Serves a built site the way a static host would: files from a folder, the `_headers`
 * rules applied, text compressed (gzip or brotli, as every CDN does), 404.html for unknown
 * paths, GET and HEAD only, never a host config file, never outside the folder. Used by
 * `npm start`, `npm run preview`, the end-to-end tests and `npm run lighthouse`.
 *
 *   node src/cli/serve.ts [folder=dist] [--port 4321] [--host 127.0.0.1]   (or PORT=4321)
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import compression from 'compression';
import { listenErrorMessage, parseServeArgs } from '../server/args.ts';
import { createStaticHandler, type Middleware } from '../server/handler.ts';

const options = parseServeArgs(process.argv.slice(2), process.env);
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}
const root = resolve(options.root);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`Nothing to serve in ${root}: run "npm run build" first.`);
  process.exit(1);
}

// compression is Express middleware; it only needs Node's own request and response.
const compress = compression() as unknown as Middleware;
const handler = createStaticHandler({
  root,
  compress,
  onError: (error, req: IncomingMessage) => console.error(`${req.method} ${req.url}: ${(error as Error).message}`),
});

const server = createServer((req: IncomingMessage, res: ServerResponse) => handler(req, res));
// A malformed request line or header: answer 400 and keep serving.
server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  else socket.destroy();
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(listenErrorMessage(error, options.host, options.port));
  process.exit(1);
});
server.listen(options.port, options.host, () => {
  const { port } = server.address() as { port: number };
  console.log(`Le site est servi sur http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}/ (Ctrl+C pour arrêter)`);
});
