/**
 * No silent change: the pre-build check (`node src/cli/check-content.ts <root>`) and
 * `npm run publish` on a scratch copy of a tiny content root (tests/fixtures/publish), whose
 * record says what readers were shown on 2026-12-01.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkPublished, nextRecord, quotationWords, type PublishedContent, type PublishedRecord } from '../../src/lib/editorial/publish-check.ts';
import { messagesFor } from './support/mistakes.ts';

const FIXTURE = 'tests/fixtures/publish';
const TODAY = new Date().toISOString().slice(0, 10);
let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'publish-'));
  cpSync(FIXTURE, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (cli: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [resolve(`src/cli/${cli}.ts`), root], { encoding: 'utf8', env: { ...process.env, ...env } });
const check = () => run('check-content');
/** Expects the check to pass, showing its errors if it does not. */
const passes = () => {
  const out = check();
  expect(out.status, out.stderr).toBe(0);
  return out;
};
const publish = (date = TODAY) => run('publish', { PUBLISH_DATE: date });
const edit = (path: string, change: (text: string) => string) => writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
const record = (): PublishedRecord => JSON.parse(readFileSync(join(root, 'content/published.json'), 'utf8'));

const DATA = 'content/data/essai.yaml';
const ARTICLE = 'content/articles/article-essai.mdx';
const QUOTES = 'content/quotations.yaml';
const correction = (kind: 'figures' | 'quotations', id: string, date = TODAY) =>
  `corrections:\n  - date: "${date}"\n    what: Le montant d’essai est corrigé.\n    before: 10 M€\n    after: 12 M€\n    why: La source dit 12.\n    ${kind}: [${id}]\n`;
/** Adds a correction entry at the end of the dataset (a top-level `corrections:`). */
const correctInData = (id: string, date?: string) => edit(DATA, (t) => t + correction('figures', id, date));
/** Adds a correction entry to the article's frontmatter. */
const correctInArticle = (kind: 'figures' | 'quotations', id: string) => edit(ARTICLE, (t) => t.replace('order: 1\n', `order: 1\n${correction(kind, id)}`));

// Each test runs the CLI a few times (about a second each on a busy machine).
describe('the pre-build check against content/published.json', { timeout: 30_000 }, () => {
  test('passes on the content as recorded', () => {
    passes();
  });

  test('a changed figure without a correction fails, naming the file, the figure and the command', () => {
    edit(DATA, (t) => t.replace('value: 10', 'value: 12'));
    const out = check();
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('content/data/essai.yaml → figure "essai-a": the published figure "essai-a" changed (value 10 → 12) without a correction (recorded as published on 2026-12-01)');
    expect(out.stderr).toContain('`figures: [essai-a]`');
    expect(out.stderr).toContain('then run `npm run publish`');
  });

  test('with a correction entry naming it, the same change passes; publish records it; the next change needs a new entry', () => {
    edit(DATA, (t) => t.replace('value: 10', 'value: 12'));
    correctInData('essai-a');
    passes();

    const published = publish();
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout).toContain('~ figure essai-a (corrected)');
    expect(record().figures['essai-a']).toMatchObject({ value: 12, since: TODAY, corrections: [TODAY] });
    expect(record().figures['essai-b']?.since).toBe('2026-12-01');

    edit(DATA, (t) => t.replace('value: 12', 'value: 13'));
    const again = check();
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('the published figure "essai-a" changed (value 12 → 13) without a correction');
  });

  test('a changed status is a change too; a correction dated before the recorded version does not cover it', () => {
    edit(DATA, (t) => t.replace('status: budgeted', 'status: reported'));
    correctInData('essai-a', '2026-11-30');
    const out = check();
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('changed (status "budgeted" → "reported") without a correction');
  });

  test('a changed quotation without a correction fails; with an entry in the article it passes', () => {
    edit(QUOTES, (t) => t.replace('investir davantage', 'investir beaucoup'));
    const out = check();
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('content/quotations.yaml → quotation "q-essai": the published quotation "q-essai" changed its text without a correction');
    expect(out.stderr).toContain('npm run publish');
    correctInArticle('quotations', 'q-essai');
    passes();
  });

  test('typography alone is not a change of a quotation', () => {
    edit(QUOTES, (t) => t.replace("l'avenir", 'l’avenir').replace('numérique !', 'numérique\u202f!').replace('Nous allons', 'Nous\u00a0allons'));
    passes();
    expect(quotationWords('« Il faut ; agir »')).toBe(quotationWords('«\u202fIl faut\u202f; agir\u00a0»'));
    expect(quotationWords('aller vite')).not.toBe(quotationWords('aller plus vite'));
  });

  test('a removed figure without a correction fails; with one it passes, and the record keeps it as removed', () => {
    edit(DATA, (t) => t.replace(/  - id: essai-b[\s\S]*$/, ''));
    edit(ARTICLE, (t) => t.replace(' et <Figure id="essai-b" />', ''));
    const out = check();
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('content/published.json → figure "essai-b": the published figure "essai-b" was removed without a correction');
    correctInData('essai-b');
    passes();
    expect(publish().status).toBe(0);
    expect(record().figures['essai-b']).toMatchObject({ value: 4, removed: TODAY, corrections: [TODAY] });
    // The entry naming the removed figure stays valid.
    passes();
  });

  test('a new figure needs no correction; publish records it', () => {
    edit(DATA, (t) => t + '  - id: essai-c\n    label: Un nouveau montant\n    value: 2\n    unit: M€\n    year: 2017\n    status: reported\n    source: essai-source\n    locator: "§4"\n');
    const out = check();
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('run `npm run publish` when you publish them');
    const published = publish();
    expect(published.stdout).toContain('+ figure essai-c (new)');
    expect(record().figures['essai-c']).toMatchObject({ value: 2, since: TODAY });
    expect(publish().stdout).toContain('up to date');
  });

  test('publish refuses to record a silent change', () => {
    edit(DATA, (t) => t.replace('value: 10', 'value: 12'));
    const out = publish();
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('nothing was recorded');
    expect(record().figures['essai-a']?.value).toBe(10);
  });

  test('a correction dated after today, or naming an unknown id, fails', () => {
    correctInData('essai-inconnu', '2999-01-01');
    const out = check();
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('content/data/essai.yaml → corrections[0].date: the correction is dated 2999-01-01, after today');
    expect(out.stderr).toContain('content/data/essai.yaml → corrections[0].figures[0]: unknown figure id "essai-inconnu"');
  });

  test('a published correction may not disappear', () => {
    correctInData('essai-a');
    expect(publish().status).toBe(0);
    edit(DATA, (t) => t.replace(/corrections:[\s\S]*$/, ''));
    const out = check();
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`content/published.json → figures.essai-a: the published correction of figure "essai-a" dated ${TODAY} is gone`);
  });
});

describe('checkPublished() and nextRecord()', () => {
  const content = (value: number, dates: string[] = []): PublishedContent => ({
    figures: new Map([['f', { value, unit: 'M€', year: 2016, status: 'budgeted', file: 'content/data/x.yaml' }]]),
    quotations: new Map(),
    corrections: dates.map((date, i) => ({ file: 'content/data/x.yaml', field: `corrections[${i}]`, entry: { date, what: 'w', why: 'y', figures: ['f'], quotations: [] } })),
  });
  const first = nextRecord(undefined, content(1), '2026-12-01');

  test('one entry covers one change: two changes on the same day need two entries', () => {
    const corrected = nextRecord(first, content(2, ['2026-12-01']), '2026-12-01');
    expect(corrected.figures.f).toMatchObject({ value: 2, since: '2026-12-01', corrections: ['2026-12-01'] });
    expect(checkPublished(corrected, content(3, ['2026-12-01']), '2026-12-01')).toHaveLength(1);
    expect(checkPublished(corrected, content(3, ['2026-12-01', '2026-12-01']), '2026-12-01')).toEqual([]);
  });
});

describe('mistake fixtures of the publish record (README table)', () => {
  test('a published figure changed without a correction', () => {
    expect(messagesFor('published-figure-changed')).toBe(
      'content/data/essai.yaml → figure "essai-publie": the published figure "essai-publie" changed (value 10 → 12) without a correction (recorded as published on 2026-12-01). Add to `corrections:` of content/data/essai.yaml (or of the article or chart that shows it) an entry dated today with `figures: [essai-publie]`, `what:`, `before:`, `after:` and `why:`, then run `npm run publish` to record the new version; or put the published value back',
    );
  });
  test('a published quotation changed without a correction', () => {
    expect(messagesFor('published-quotation-changed')).toContain('content/quotations.yaml → quotation "q-fibre": the published quotation "q-fibre" changed its text without a correction (recorded as published on 2026-12-01). Add to `corrections:` of the article, dataset or chart that showed it');
  });
  test('a published figure removed without a correction', () => {
    expect(messagesFor('published-figure-removed')).toContain('content/published.json → figure "essai-retire": the published figure "essai-retire" was removed without a correction');
  });
  test('a correction naming an unknown figure', () => {
    expect(messagesFor('correction-unknown-figure')).toBe(
      'content/data/essai.yaml → corrections[0].figures[0]: unknown figure id "essai-corige": name a figure of the content or one recorded in content/published.json (a removed one keeps its id there)',
    );
  });
});
