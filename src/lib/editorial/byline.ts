/**
 * The byline's names as a French sentence reads them: « Par la rédaction du Dossier Numérique »,
 * « Par Anne Martin et la rédaction du Dossier Numérique ». A desk (« Rédaction … ») is not a
 * person: it takes « la » and a lower-case r. Pure.
 */

/** One author as it follows « Par ». */
export function bylineName(author: string): string {
  const name = author.trim();
  return /^(la\s+)?rédaction\b/i.test(name) ? name.replace(/^(la\s+)?r/i, 'la r') : name;
}

/** Every author, joined « A, B et C ». */
export function bylineNames(authors: readonly string[]): string {
  const names = authors.map(bylineName);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : (names[0] ?? '');
}
