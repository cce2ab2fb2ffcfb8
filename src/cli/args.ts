/**
 * The command lines' arguments, read by Node's own `parseArgs`: a mistyped flag stops the
 * command with one sentence and its usage line instead of being taken for a file name.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed `argv` (default: this process's), or throws one sentence ending with the usage. */
export function readArgs<O extends Options>(usage: string, options: O, argv: string[] = process.argv.slice(2)) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node adds a second sentence about `--` that only confuses here: keep the first.
    const first = (error as Error).message.split('\n')[0]!.split('. ')[0]!.replace(/\.$/, '');
    throw new Error(`${first} (usage: ${usage}).`);
  }
}

/** For command lines: `readArgs`, or the sentence on stderr and exit 2 (no stack trace). */
export function argsOrExit<O extends Options>(usage: string, options: O) {
  try {
    return readArgs(usage, options);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}
