/**
 * The text of a new article, as `npm run new -- "Titre"` writes it: valid frontmatter
 * (a draft until an editor says otherwise), a first paragraph to replace, and a
 * commented example of every component. Pure.
 */
import { PUNCT_SPACE } from '../editorial/french-spacing.ts';
import { fixProse } from '../editorial/typography.ts';

/** The article id from a title: lowercase ASCII words joined by "-", accents folded. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What the template needs besides the title. */
export interface ScaffoldInput {
  title: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** Position in the dossier: after the last article. */
  order: number;
  /** Real ids to show in the examples, so they work once copied out of the comment. */
  ids: { figure: string; quote: string; question: string; source: string };
}

const yamlString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The MDX text of a new article. */
export function articleTemplate({ title, date, order, ids }: ScaffoldInput): string {
  const colon = `${PUNCT_SPACE}:`;
  return `---
title: ${yamlString(fixProse(title.trim()))}
standfirst: "À compléter${colon} le chapô, une ou deux phrases dans nos mots, qui disent ce que l’article apporte."
kind: article
date: ${date}
authors: [Rédaction du Dossier Numérique]
sources: []
tags: []
related: []
order: ${order}
draft: true
---

Écrivez ici le premier paragraphe, dans nos mots. Tant que \`draft: true\` reste au-dessus, l’article
ne se voit que dans \`npm run dev\`. Passez-le à \`false\` pour le publier.

{/*
  Les composants, à copier hors de ce commentaire. Liste complète et identifiants${colon} page /guide/.

  Un chiffre des données, jamais tapé à la main${colon}
  La Région a budgété <Figure id="${ids.figure}" /> en 2016.

  Une citation autorisée, en bloc, puis dans une phrase${colon}
  <Quote id="${ids.quote}" />
  Il veut <Quote id="${ids.quote}" inline />.

  Une question de l’entretien, en intertitre${colon}
  <Question id="${ids.question}" />

  Une note mise à part${colon}
  <Note title="Un titre de note">
    <p>Le texte de la note.</p>
  </Note>

  Un intertitre${colon}
  ## Un intertitre

  Des articles à lire aussi, par leur source${colon}
  <ReadAlso items={[{ source: "${ids.source}" }]} />

  Une image, toujours avec son texte alternatif${colon}
  ![Ce que montre l’image](/images/exemple.png)
*/}
`;
}
