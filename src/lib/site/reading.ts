/** Reading time of an MDX body, in whole minutes (at least 1), for « 5 min de lecture ». Pure. */
export function readingMinutes(body: string, wordsPerMinute = 200): number {
  const prose = body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
