/**
 * The local server's command line: `[folder=dist] [--port N] [--host H]`, PORT from the
 * environment. Pure: returns the options or one sentence that says what to do.
 */
import { parseArgs } from 'node:util';

export interface ServeOptions {
  root: string;
  port: number;
  host: string;
}

const USAGE = 'usage: node src/cli/serve.ts [folder=dist] [--port 4321] [--host 127.0.0.1]';

/** A port number from text, or undefined when it is not a whole number from 0 to 65535. */
export function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text.trim())) return undefined;
  const n = Number(text);
  return n <= 65535 ? n : undefined;
}

/** The options, or `{ error }`: one sentence for the person who typed the command. */
export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv): ServeOptions | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { error: `${(error as Error).message.split('\n')[0]} (${USAGE}).` };
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) return { error: `Give one folder to serve, not ${positionals.length} (${USAGE}).` };
  const portText = values.port ?? env.PORT;
  const port = portText === undefined ? 4321 : parsePort(portText);
  if (port === undefined) {
    const from = values.port !== undefined ? '--port' : 'PORT';
    return { error: `${from} must be a whole number from 1 to 65535 (0 picks a free one), not "${portText}": e.g. --port 4321.` };
  }
  const host = values.host ?? '127.0.0.1';
  if (!host.trim()) return { error: `--host needs a name or address, e.g. --host 127.0.0.1.` };
  return { root: positionals[0] ?? 'dist', port, host };
}

/** One sentence for an error raised by `server.listen`. */
export function listenErrorMessage(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use: stop the program using it, or choose another port with --port <number> (or PORT=<number>).`;
    case 'EACCES':
      return `Not allowed to listen on port ${port}: ports below 1024 need special rights; choose another with --port <number>.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot listen on host "${host}": it is not an address of this machine; use --host 127.0.0.1 (or 0.0.0.0 for every interface).`;
    default:
      return `Cannot listen on ${host}:${port} (${error.code ?? error.message}): choose another --port or --host.`;
  }
}
