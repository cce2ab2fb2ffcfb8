/** French typography of prose: what is flagged, what is left alone, what --fix mends. */
import { describe, expect, test } from 'vitest';
import { applyFixes, checkTypography, fixProse } from '../../src/lib/editorial/typography.ts';

const doc = (body: string, frontmatter = 'title: "Titre"') => `---\n${frontmatter}\norder: 1\n---\n\n${body}\n`;
const messages = (text: string) => checkTypography(text).map((i) => `${i.line}:${i.column} ${i.message}`);
const fixed = (text: string) => applyFixes(text, checkTypography(text));

describe('checkTypography()', () => {
  test('reads code and tags from the MDX syntax tree: code with backticks inside, a tag over several lines', () => {
    expect(messages(doc('Le code `` a ` b : c `` et <Note\n  title="Un titre"\n  id="n">Texte</Note> fin.'))).toEqual([]);
    expect(messages(doc('<Note\n  title="Titre : ici">Texte</Note>'))).toEqual(['7:15 plain space before ":": use a narrow no-break space (U+202F)']);
  });

  test('MDX that cannot be read is reported where it breaks, not checked', () => {
    expect(messages(doc('Texte.\n\nUn <!-- a --> b.'))).toEqual([expect.stringMatching(/^8:4 the MDX cannot be read here/)]);
  });

  test('flags plain or missing spaces before : ; ! ? » and after «', () => {
    expect(messages(doc('Il dit : « oui » ; pas?'))).toEqual([
      '6:7 plain space before ":": use a narrow no-break space (U+202F)',
      '6:11 plain space after «: use a narrow no-break space (U+202F)',
      '6:15 plain space before »: use a narrow no-break space (U+202F)',
      '6:17 plain space before ";": use a narrow no-break space (U+202F)',
      '6:23 no space before "?": add a narrow no-break space (U+202F)',
    ]);
  });

  test('--fix puts the one narrow no-break space (U+202F) before : ; ! ? and inside « »', () => {
    expect(fixed(doc('Il dit : « oui » ; pas?'))).toBe(doc('Il dit\u202f: «\u202foui\u202f»\u202f; pas\u202f?'));
  });

  test('U+00A0 where the rule wants U+202F is flagged and replaced', () => {
    const text = doc('Il dit\u00a0: «\u00a0oui\u00a0».');
    expect(messages(text)).toEqual([
      '6:7 no-break space U+00A0 before ":": use a narrow no-break space (U+202F)',
      '6:11 no-break space U+00A0 after «: use a narrow no-break space (U+202F)',
      '6:15 no-break space U+00A0 before »: use a narrow no-break space (U+202F)',
    ]);
    expect(fixed(text)).toBe(doc('Il dit\u202f: «\u202foui\u202f».'));
  });

  test('guillemets inside guillemets become “ ”, and so do straight quotes inside « »', () => {
    const text = doc('Le titre « Le plan « Rhône-Alpes Numérique » de 2015 » et « un "mot" ».');
    expect(messages(text).filter((m) => /inside/.test(m))).toEqual([
      '6:20 « inside « »: use “ (French nests « “ ” »)',
      '6:43 » inside « »: use ” (French nests « “ ” »)',
      '6:64 straight quotes inside « »: use “ … ”',
    ]);
    expect(fixed(text)).toBe(doc('Le titre «\u202fLe plan “Rhône-Alpes Numérique” de 2015\u202f» et «\u202fun “mot”\u202f».'));
  });

  test('curls apostrophes and turns straight quotes into guillemets', () => {
    expect(fixed(doc('l\'entretien dit "oui".'))).toBe(doc('l’entretien dit «\u202foui\u202f».'));
  });

  test('flags a number with a unit typed into prose, suggesting the figure with that value', () => {
    const figures = [{ id: 'fibre-2016', value: 46, unit: 'M€' }];
    expect(checkTypography(doc('La Région met 46 M€ et 1,5 million.'), figures).map((i) => i.message)).toEqual([
      '"46 M€" is typed into the prose: numbers come from the data. Write <Figure id="fibre-2016" /> instead',
      '"1,5 million" is typed into the prose: numbers come from the data. Add the value to content/data/ with its source, then write <Figure id="…" />',
    ]);
  });

  test('leaves alone frontmatter keys, attributes, URLs, code, imports, comments and footnote marks', () => {
    const body = [
      'import X from "./x.ts";',
      '<Note title="Titre\u202f: «\u202fjuste\u202f»" id="a:b">Texte correct.</Note>',
      'Voir https://exemple.org/a?b=c:d et `code : "x"`.',
      '{/* note : "brouillon" 46 M€ */}',
      '[^1]: Une note.',
      '```',
      'const a = "b" ; // 12 %',
      '```',
    ].join('\n');
    expect(messages(doc(body, 'kind: article\ndate: 2026-11-26'))).toEqual([]);
  });

  test('checks the title="…" of a tag (a heading readers see), not its other attributes', () => {
    expect(messages(doc('<Note title="Seize, ou sept ?" kind="a : b">Texte.</Note>'))).toEqual([
      '6:28 plain space before "?": use a narrow no-break space (U+202F)',
    ]);
  });

  test('checks the title, standfirst and description values, not their YAML quotes', () => {
    expect(messages(doc('Texte.', 'title: "Le titre : une question?"'))).toEqual([
      '2:17 plain space before ":": use a narrow no-break space (U+202F)',
      '2:32 no space before "?": add a narrow no-break space (U+202F)',
    ]);
  });

  test('mended text has no issue left', () => {
    const text = doc('Il dit : « l\'essentiel » ; d\'accord? "Oui" !');
    expect(checkTypography(fixed(text))).toEqual([]);
  });
});

describe('fixProse()', () => {
  test('mends a title typed on the command line', () => {
    expect(fixProse('Titre de l\'article : ça marche?')).toBe('Titre de l’article\u202f: ça marche\u202f?');
  });
});
