/** The local server's command line and listen errors (src/server/args.ts). */
import { describe, expect, it } from 'vitest';
import { listenErrorMessage, parsePort, parseServeArgs } from '../../src/server/args.ts';

describe('parseServeArgs', () => {
  it('defaults to dist on 127.0.0.1:4321', () => {
    expect(parseServeArgs([], {})).toEqual({ root: 'dist', port: 4321, host: '127.0.0.1' });
  });
  it('reads the folder, --port, --host and PORT (the flag wins)', () => {
    expect(parseServeArgs(['out', '--port', '5000', '--host', '0.0.0.0'], {})).toEqual({ root: 'out', port: 5000, host: '0.0.0.0' });
    expect(parseServeArgs(['--port=0'], {})).toMatchObject({ port: 0 });
    expect(parseServeArgs([], { PORT: '8080' })).toMatchObject({ port: 8080 });
    expect(parseServeArgs(['--port', '9000'], { PORT: '8080' })).toMatchObject({ port: 9000 });
  });
  it.each([
    [['--port', 'abc'], {}, /--port must be a whole number.*"abc"/],
    [['--port', '65536'], {}, /--port/],
    [['--port', '-1'], {}, /--port/],
    [[], { PORT: '99999' }, /PORT must be a whole number.*"99999"/],
    [['--colour'], {}, /Unknown option '--colour'.*usage:/],
    [['a', 'b'], {}, /one folder/],
    [['--port'], {}, /usage:/],
  ])('%j %j → one sentence', (argv, env, message) => {
    const out = parseServeArgs(argv as string[], env);
    expect(out).toHaveProperty('error');
    const error = (out as { error: string }).error;
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
  });
});

describe('parsePort', () => {
  it.each([['0', 0], ['80', 80], ['65535', 65535], ['65536', undefined], ['1e3', undefined], ['', undefined], [' 42 ', 42]])('%j → %j', (text, port) => {
    expect(parsePort(text)).toBe(port);
  });
});

describe('listenErrorMessage', () => {
  it('says what to do for a busy port, a forbidden port and an unknown host', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(listenErrorMessage(error('EADDRINUSE'), '127.0.0.1', 4321)).toMatch(/4321.*already in use.*--port/);
    expect(listenErrorMessage(error('EACCES'), '127.0.0.1', 80)).toMatch(/--port/);
    expect(listenErrorMessage(error('EADDRNOTAVAIL'), '10.9.9.9', 4321)).toMatch(/--host 127\.0\.0\.1/);
  });
});
