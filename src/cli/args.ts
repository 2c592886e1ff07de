/**
 * Argument parsing for the crescendo command: the command words, then the options that command
 * takes, read by node:util parseArgs in strict mode. An option the command does not know (a typo such
 * as --clinet) is a usage error, never silently dropped.
 */
import { parseArgs as parseNodeArgs } from 'node:util';

export interface Parsed {
  words: string[];
  flags: Record<string, string | true>;
}

export class UsageError extends Error {}

type Kind = 'string' | 'boolean';
const values = (...names: string[]) => Object.fromEntries(names.map((n) => [n, 'string' as Kind]));

/** Every command and the options it takes: 'string' options take a value, 'boolean' ones do not. */
export const COMMAND_OPTIONS: Record<string, Record<string, Kind>> = {
  demo: values('password'),
  'user add': values('email', 'role', 'name', 'password', 'supervisor'),
  backup: values('out'),
  restore: { in: 'string', unsigned: 'boolean' },
  'backup-key': values('out'),
  verify: { against: 'string', unsigned: 'boolean' },
  'export fhir': values('out', 'client'),
  'export csv': values('out'),
};

export const wantsHelp = (argv: string[]) => argv[0] === 'help' || argv.includes('--help') || argv.includes('-h');

function commandOf(argv: string[]): string {
  const two = argv.slice(0, 2).join(' ');
  if (COMMAND_OPTIONS[two]) return two;
  if (argv[0] && COMMAND_OPTIONS[argv[0]]) return argv[0];
  const words = argv.slice(0, 2).filter((a) => !a.startsWith('-'));
  throw new UsageError(words.length ? `unknown command: ${words.join(' ')}` : 'no command given');
}

function usageMessage(command: string, known: string[], err: { code?: string; message: string }): string {
  const takes = known.length ? `it takes ${known.map((o) => `--${o}`).join(', ')}` : 'it takes no options';
  const option = /'(-[^' ]+)/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option} for "${command}" (${takes}); nothing was done`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${option} needs a value (write ${option}=VALUE for a value that starts with "-"); nothing was done`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(err.message)?.[1] ?? ''} for "${command}" (${takes}); nothing was done`;
    default:
      return err.message;
  }
}

export function parseArgs(argv: string[]): Parsed {
  const command = commandOf(argv);
  const words = command.split(' ');
  const options = COMMAND_OPTIONS[command]!;
  const known = Object.keys(options);
  try {
    const { values } = parseNodeArgs({
      args: argv.slice(words.length),
      options: Object.fromEntries(known.map((o) => [o, { type: options[o]! }])),
      strict: true,
      allowPositionals: false,
    });
    return { words, flags: values as Record<string, string | true> };
  } catch (e) {
    throw new UsageError(usageMessage(command, known, e as { code?: string; message: string }));
  }
}

export function flag(p: Parsed, name: string, required: true): string;
export function flag(p: Parsed, name: string, required?: false): string | undefined;
export function flag(p: Parsed, name: string, required = false): string | undefined {
  const v = p.flags[name];
  if (v === true) throw new UsageError(`--${name} needs a value`);
  if (v === undefined && required) throw new UsageError(`--${name} is required`);
  return v;
}
