/** The local server's handler, in process (src/server/handler.ts); tests/cli/serve.test.ts runs it as a process. */
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, createStaticHandler } from '../../src/server/handler.ts';

describe('contentType', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml; charset=utf-8'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentType(file)).toBe(type));
});

describe('createStaticHandler', () => {
  const root = mkdtempSync(join(tmpdir(), 'handler-'));
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, '_headers'), '/*\n  X-A: 1\n');
  const errors: unknown[] = [];
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer(createStaticHandler({ root, onError: (e) => errors.push(e) }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const fetchOnce = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      })
        .on('error', reject)
        .end();
    });

  it('answers 304 to a matching If-None-Match, and the whole file when If-Range no longer matches', async () => {
    const first = await fetchOnce('/');
    expect(first.headers['x-a']).toBe('1');
    const etag = String(first.headers.etag);
    expect((await fetchOnce('/', { 'if-none-match': etag })).status).toBe(304);
    expect((await fetchOnce('/', { range: 'bytes=0-1', 'if-range': etag })).status).toBe(206);
    expect((await fetchOnce('/', { range: 'bytes=0-1', 'if-range': 'W/"old"' })).status).toBe(200);
  });

  it('re-reads _headers when a rebuild replaces it', async () => {
    writeFileSync(join(root, '_headers'), '/*\n  X-A: 22\n');
    expect((await fetchOnce('/')).headers['x-a']).toBe('22');
    expect(errors).toEqual([]);
  });
});
