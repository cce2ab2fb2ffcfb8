/**
 * The one error map of the content schemas: every message is built from the issue's code and
 * the description the field carries (`field(schema, description)`), so a field says once what
 * it is, in editor terms, and each kind of mistake is worded once. Astro (in `npm run dev`) and
 * `describeIssues` (our own checks) prefix the message with the file and the field's path.
 */
import { z } from 'astro/zod';

/** What zod's expected types are, as editors write them in YAML or frontmatter. */
const EXPECTED: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number (no quotes, no unit)',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'a list of `field: value` lines',
  date: 'a date',
};

/** The value the editor wrote, shortly, for « …, not <this> ». */
function shown(input: unknown): string {
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return `the date ${input.toISOString().slice(0, 10)}`;
  if (typeof input === 'string') return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return typeof input === 'object' ? 'a list of `field: value` lines' : String(typeof input);
}

/** The field as written in YAML: the last name in the issue's path (`order:`), or « this value » for a list item. */
function fieldName(path: readonly PropertyKey[] | undefined): string {
  const key = [...(path ?? [])].reverse().find((k) => typeof k === 'string');
  return key === undefined ? 'this value' : `\`${String(key)}:\``;
}

/** « Sizes » the way the editor counts them. */
const UNIT: Record<string, string> = { string: 'characters', array: 'entries' };

/** The message for one issue, from its code and the field's description; `undefined` leaves zod's own. */
export function fieldMessage(issue: z.core.$ZodRawIssue, description: string): string | undefined {
  const name = fieldName(issue.path);
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${name} is missing: ${description}`;
      return `${name} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${shown(input)}: ${description}`;
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      if (input === undefined) return `${name} is missing: ${description} (one of ${values})`;
      return `${name} must be one of ${values}, not ${shown(input)}: ${description}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min <= 1) return `${name} is empty: ${description}`;
      if (issue.origin === 'array' && min <= 1) return `${name} is an empty list: ${description}`;
      const unit = UNIT[issue.origin];
      if (unit) return `${name} needs at least ${min} ${unit}: ${description}`;
      return `${name} must be ${issue.inclusive ? 'at least' : 'more than'} ${min}: ${description}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${name} is longer than ${max} characters${typeof input === 'string' ? ` (${input.length} now)` : ''}: ${description}`;
      if (issue.origin === 'array') return `${name} has more than ${max} entries${Array.isArray(input) ? ` (${input.length} now)` : ''}: ${description}`;
      return `${name} must be ${issue.inclusive ? 'at most' : 'less than'} ${max}: ${description}`;
    }
    case 'invalid_format':
      return `${name} is not written as expected (${shown(input)}): ${description}`;
    case 'custom':
      return `${name} is not valid (${shown(input)}): ${description}`;
    default:
      return undefined;
  }
}

/** The error map itself: reads the description the failing field carries (see `field`). */
function fieldError(issue: z.core.$ZodRawIssue): string | undefined {
  const owner = issue.schema ?? issue.inst;
  const description = owner ? z.globalRegistry.get(owner as z.ZodType)?.description : undefined;
  return description === undefined ? undefined : fieldMessage(issue, description);
}

/**
 * A field of a content schema: `schema` with what it is, for editors (« the headline of the
 * page, in French »), and the error map that words every mistake from it. Apply it before
 * `.optional()` / `.default()`, to the schema that carries the checks.
 */
export function field<T extends z.ZodType>(schema: T, description: string): T {
  return schema.clone({ ...schema._zod.def, error: fieldError }).describe(description);
}
