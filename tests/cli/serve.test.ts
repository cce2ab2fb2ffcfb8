/**
 * The local server as a process (issue 12 §1): ranges, errors that must not end it,
 * a rebuild swapped in while it runs, bad ports, methods, host config files and symlinks.
 */
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, get, makeSite, raw, runToExit, startServer, type Running } from './serve-support.ts';

const DATA = '0123456789abcdefghij'; // 20 bytes
const HEADERS = '/*\n  X-Test-Rule: applied\n';
const outside = mkdtempSync(join(tmpdir(), 'serve-outside-'));
writeFileSync(join(outside, 'secret.txt'), 'a file outside the site');

function site(): string {
  const dir = makeSite({
    'index.html': '<!doctype html><title>home</title><p>home</p>',
    '404.html': '<!doctype html><title>absent</title><p>page absente</p>',
    '_headers': HEADERS,
    '_redirects': '/old /new 301\n',
    'data.txt': DATA,
    'page/index.html': '<!doctype html><title>page</title><p>old page</p>',
    'gone/index.html': '<!doctype html><title>gone</title>',
    'big.css': `body{color:red}\n`.repeat(200),
  });
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
  symlinkSync(outside, join(dir, 'leakdir'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'broken.txt'));
  symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
  symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
  symlinkSync(join(dir, 'data.txt'), join(dir, 'inside.txt'));
  return dir;
}

describe('a running server', () => {
  let root: string;
  let server: Running;
  beforeAll(async () => {
    root = site();
    server = await startServer(root);
  });
  afterAll(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('starts despite broken and looping symlinks, and serves a page with the _headers rules', async () => {
    const r = await get(server.port, '/');
    expect(r.status).toBe(200);
    expect(r.headers['x-test-rule']).toBe('applied');
    expect(r.headers['content-type']).toMatch(/^text\/html/);
  });

  it('answers bytes=-5 with the last 5 bytes', async () => {
    const r = await get(server.port, '/data.txt', 'Range: bytes=-5');
    expect(r.status).toBe(206);
    expect(r.body.toString()).toBe('fghij');
    expect(r.headers['content-range']).toBe('bytes 15-19/20');
  });

  it('answers bytes=0-0 with one byte', async () => {
    const r = await get(server.port, '/data.txt', 'Range: bytes=0-0');
    expect(r.status).toBe(206);
    expect(r.body.toString()).toBe('0');
    expect(r.headers['content-length']).toBe('1');
    expect(r.headers['content-range']).toBe('bytes 0-0/20');
  });

  it('answers bytes=3-7 and clamps an end past the file', async () => {
    expect((await get(server.port, '/data.txt', 'Range: bytes=3-7')).body.toString()).toBe('34567');
    const r = await get(server.port, '/data.txt', 'Range: bytes=18-99');
    expect([r.status, r.body.toString(), r.headers['content-range']]).toEqual([206, 'ij', 'bytes 18-19/20']);
  });

  it('answers an unsatisfiable range with 416 and the size', async () => {
    const r = await get(server.port, '/data.txt', 'Range: bytes=20-');
    expect(r.status).toBe(416);
    expect(r.headers['content-range']).toBe('bytes */20');
  });

  it('survives bytes=10-5 and other malformed ranges, ignoring them (whole file, 200)', async () => {
    for (const range of ['bytes=10-5', 'bytes=abc', 'bytes=-', 'items=0-3', 'bytes=0-1,3-4', 'bytes=99999999999999999999-']) {
      const r = await get(server.port, '/data.txt', `Range: ${range}`);
      expect([range, r.status, r.body.toString()]).toEqual([range, 200, DATA]);
    }
    expect(server.exited()).toBe(false);
    expect((await get(server.port, '/')).status).toBe(200);
  });

  it('survives malformed paths and aborted requests', async () => {
    expect((await get(server.port, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.port, '/a%00b')).status).toBe(400);
    expect((await get(server.port, '/../../etc/passwd')).status).toBe(404);
    expect((await raw(server.port, 'GARBAGE\r\n\r\n')).status).toBe(400);
    expect(server.exited()).toBe(false);
    expect((await get(server.port, '/')).status).toBe(200);
  });

  it('answers 405 with Allow to methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const r = await raw(server.port, `${method} / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      expect([method, r.status, r.headers.allow]).toEqual([method, 405, 'GET, HEAD']);
    }
    const head = await raw(server.port, 'HEAD /data.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([200, '20', 0]);
  });

  it('never serves host configuration files or dotfiles', async () => {
    for (const path of ['/_headers', '/_redirects', '/_headers/', '/%5Fheaders', '/.env']) {
      const r = await get(server.port, path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.body.toString()).not.toContain('X-Test-Rule');
    }
  });

  it('does not follow symlinks that leave the folder; broken or looping ones answer 404', async () => {
    for (const path of ['/leak.txt', '/leakdir/secret.txt', '/broken.txt', '/loop-a', '/loop-b']) {
      const r = await get(server.port, path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.body.toString()).not.toContain('outside');
    }
    expect((await get(server.port, '/inside.txt')).body.toString()).toBe(DATA);
  });

  it('answers unknown paths with 404.html', async () => {
    const r = await get(server.port, '/nulle-part/');
    expect(r.status).toBe(404);
    expect(r.body.toString()).toContain('page absente');
  });

  it('compresses text for a client that asks, but never a partial answer', async () => {
    const gz = await get(server.port, '/big.css', 'Accept-Encoding: gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const part = await get(server.port, '/big.css', 'Accept-Encoding: gzip', 'Range: bytes=0-3');
    expect([part.status, part.headers['content-encoding'], part.body.toString()]).toEqual([206, undefined, 'body']);
  });

  it('serves what the folder holds now after a rebuild is swapped in (new, changed and removed pages)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'serve-swap-'));
    const dist = join(parent, 'dist');
    renameSync(site(), dist);
    const swapped = await startServer(dist);
    try {
      expect((await get(swapped.port, '/page/')).body.toString()).toContain('old page');
      expect((await get(swapped.port, '/gone/')).status).toBe(200);
      // What src/cli/build.ts does: the new build is written aside, then renamed into place.
      const next = site();
      writeFileSync(join(next, 'page/index.html'), '<!doctype html><title>page</title><p>the new, much longer version of the page</p>');
      writeFileSync(join(next, 'new/index.html'.replace('/index.html', '') + '.html'), '<!doctype html><title>new</title><p>brand new</p>');
      rmSync(join(next, 'gone'), { recursive: true });
      renameSync(dist, join(parent, 'old'));
      renameSync(next, dist);
      rmSync(join(parent, 'old'), { recursive: true });

      expect((await get(swapped.port, '/page/')).body.toString()).toContain('the new, much longer version of the page');
      expect((await get(swapped.port, '/new')).body.toString()).toContain('brand new');
      expect((await get(swapped.port, '/gone/')).status).toBe(404);
      expect(swapped.exited()).toBe(false);
    } finally {
      await swapped.stop();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('bad start-up input: one sentence, non-zero exit, no stack trace', () => {
  let root: string;
  beforeAll(() => {
    root = makeSite({ 'index.html': '<p>home</p>' });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const noStack = (output: string) => {
    expect(output.trim()).not.toBe('');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/node:internal|Error:|\{$/m);
    expect(output.trim().split('\n')).toHaveLength(1);
  };

  it('a busy port', async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const { code, output } = await runToExit([root, '--port', String(port)]);
      expect(code).toBeGreaterThan(0);
      expect(output).toContain(`${port}`);
      expect(output).toMatch(/--port/);
      noStack(output);
    } finally {
      blocker.close();
    }
  });

  it.each([
    [['--port', 'abc'], {}],
    [['--port', '-1'], {}],
    [['--port', '3.5'], {}],
    [[], { PORT: '99999' }],
    [['--colour'], {}],
  ])('%j with env %j', async (args, env) => {
    const { code, output } = await runToExit([root, ...args], env);
    expect(code).toBeGreaterThan(0);
    noStack(output);
  });

  it('a folder with nothing built', async () => {
    const { code, output } = await runToExit([join(root, 'absent')]);
    expect(code).toBeGreaterThan(0);
    expect(output).toMatch(/npm run build/);
    noStack(output);
  });
});
