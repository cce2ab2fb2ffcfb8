/**
 * The request handler of the local server: a static host in miniature. Each request
 * looks at the folder as it is now (no file list cached at start), so a rebuild swapped
 * into place is served at once. GET and HEAD only; one byte range at most; `_headers`
 * rules applied; text compressed unless the answer is partial. Errors end the request,
 * never the process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { open, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { lookup } from 'mrmime';
import { headersFor, parseHeadersFile, type HeaderRule } from '../cli/headers-file.ts';
import { planRange } from './range.ts';
import { candidates, checkPath, findFile } from './resolve.ts';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface HandlerOptions {
  /** The folder to serve (its path, looked up again at each request). */
  root: string;
  /** Wraps whole-file answers, e.g. the `compression` middleware. */
  compress?: Middleware;
  /** Where to report an unexpected error (it never ends the process). */
  onError?: (error: unknown, req: IncomingMessage) => void;
}

export const ALLOWED_METHODS = 'GET, HEAD';

/** Stream errors that only mean the client closed the connection first. */
const CLIENT_GONE = new Set(['ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED', 'EPIPE', 'ECONNRESET']);

/** `Content-Type` for a file name; text gets its charset. Pure. */
export function contentType(file: string): string {
  const type = lookup(extname(file).slice(1)) ?? 'application/octet-stream';
  return /^text\/|javascript|json|xml|svg/.test(type) ? `${type}; charset=utf-8` : type;
}

/** `_headers` of the folder, re-read when the file changes (a rebuild replaces it). */
function headerRules(root: string) {
  let cached: { key: string; rules: HeaderRule[] } | undefined;
  return async (): Promise<HeaderRule[]> => {
    const file = join(root, '_headers');
    try {
      const s = await stat(file);
      const key = `${s.ino}:${s.size}:${s.mtimeMs}`;
      if (cached?.key !== key) cached = { key, rules: parseHeadersFile(await readFile(file, 'utf8')) };
      return cached.rules;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
}

function plain(res: ServerResponse, status: number, text: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(text);
}

export function createStaticHandler({ root, compress, onError }: HandlerOptions) {
  const rules = headerRules(root);
  const through: Middleware = compress ?? ((_req, _res, next) => next());

  async function notFound(req: IncomingMessage, res: ServerResponse) {
    const page = await findFile(root, ['404.html']);
    const body = page ? await readFile(page.file) : Buffer.from('Not found');
    through(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
      res.setHeader('content-length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return plain(res, 400, 'Bad request');
    }
    for (const [name, value] of headersFor(await rules(), pathname)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', ALLOWED_METHODS);
      return plain(res, 405, 'Method not allowed');
    }
    const check = checkPath(pathname);
    if (!check.ok) return check.status === 400 ? plain(res, 400, 'Bad request') : notFound(req, res);
    const found = await findFile(root, candidates(check.segments, pathname.endsWith('/')));
    if (!found) return notFound(req, res);

    // Size and date from the open file, so headers and body describe the same bytes.
    const handle = await open(found.file, 'r');
    let streaming = false;
    try {
      const stats = await handle.stat();
      const etag = `W/"${stats.size}-${stats.mtime.getTime()}"`;
      res.setHeader('content-type', contentType(found.file));
      res.setHeader('last-modified', stats.mtime.toUTCString());
      res.setHeader('etag', etag);
      res.setHeader('accept-ranges', 'bytes');
      res.setHeader('vary', 'Accept-Encoding');
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        return void res.end();
      }
      // If-Range that does not match the current version asks for the whole file.
      const ifRange = req.headers['if-range'];
      const plan = ifRange && ifRange !== etag ? ({ kind: 'whole' } as const) : planRange(req.headers.range, stats.size);
      if (plan.kind === 'unsatisfiable') {
        res.setHeader('content-range', `bytes */${stats.size}`);
        return plain(res, 416, 'Range not satisfiable');
      }
      const send = (start: number, end: number) => {
        res.setHeader('content-length', end - start + 1);
        if (req.method === 'HEAD' || end < start) return void res.end();
        streaming = true;
        pipeline(handle.createReadStream({ start, end, autoClose: true }), res).catch((error) => {
          // A client that goes away mid-answer is normal; anything else is reported.
          if (!CLIENT_GONE.has((error as NodeJS.ErrnoException).code ?? '')) onError?.(error, req);
          res.destroy();
        });
      };
      if (plan.kind === 'partial') {
        // A partial answer is never compressed: the range counts the file's own bytes.
        res.statusCode = 206;
        res.setHeader('content-range', `bytes ${plan.start}-${plan.end}/${stats.size}`);
        return send(plan.start, plan.end);
      }
      res.statusCode = 200;
      // Awaited so the file stays open until the middleware has started the answer, however it calls next.
      await new Promise<void>((resolve) =>
        through(req, res, () => {
          send(0, stats.size - 1);
          resolve();
        }),
      );
    } finally {
      if (!streaming) await handle.close();
    }
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error) => {
      onError?.(error, req);
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    });
  };
}
