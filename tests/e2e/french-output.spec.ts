/**
 * Everything readers see is French, with one typographic rule: every built page is scanned
 * (text and the attributes a reader hears: aria-label, title, alt, meta description), code
 * samples excepted. Then the interview's footnotes are checked in the browser.
 */
import { expect, test } from '@playwright/test';
import { INTERVIEW } from './support/site.ts';
import { readerTexts } from './support/dist-text.ts';

/** English UI strings that libraries print by default (footnotes, navigation, widgets). */
const ENGLISH = /\b(Footnotes|Back to (reference|content)|Skip to (main )?content|Table of contents|Read more|Loading|Copy code|Copied|Previous|Next|Search|Close|Menu|Open in a new (tab|window)|Share|Download)\b/;

/** A space before : ; ! ? » or after « that is not the one rule's U+202F. */
const WRONG_SPACE = /[ \u00a0\t\n][:;!?»]|«[ \u00a0\t\n]/;

const around = (text: string, re: RegExp) => {
  const m = re.exec(text);
  return m ? text.slice(Math.max(0, m.index - 30), m.index + 30) : '';
};

test('no built page shows an English UI string', () => {
  const found = readerTexts().filter(({ text }) => ENGLISH.test(text)).map(({ page, text }) => `${page}: ${around(text, ENGLISH)}`);
  expect(found).toEqual([]);
});

test('one rule everywhere: U+202F before : ; ! ? and inside « », never U+00A0 or a plain space', () => {
  const found = readerTexts()
    .filter(({ text }) => WRONG_SPACE.test(text))
    .map(({ page, text }) => `${page}: ${JSON.stringify(around(text, WRONG_SPACE))}`);
  expect(found).toEqual([]);
});

test('the interview’s footnotes are labelled in French', async ({ page }) => {
  await page.goto(INTERVIEW);
  const notes = page.locator('section[data-footnotes]');
  await expect(notes.getByRole('heading', { level: 2 })).toHaveText('Notes');
  const back = notes.locator('a[data-footnote-backref]').first();
  await expect(back).toHaveAttribute('aria-label', /^Revenir à l’appel de note 1$/);
  await back.click();
  await expect(page).toHaveURL(/#user-content-fnref-/);
  await expect(page.getByText(/Footnotes|Back to reference/)).toHaveCount(0);
});
