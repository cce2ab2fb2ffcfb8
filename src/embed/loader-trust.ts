/**
 * Whom the host-page loader trusts (issue 12 §5). Pure, so it is unit-tested; the
 * loader (src/embed/loader.ts) applies it.
 * - Only iframes whose `src` is on the loader's own origin (the site that served
 *   /embed/loader.js): a look-alike `/embed/<id>/` page elsewhere is not ours.
 * - Installed once per page and origin, recorded under a Symbol: an element's id or name
 *   becomes a string-named global (DOM clobbering), never a Symbol-keyed one.
 */

/** Where the loader records the origins it is installed for. */
export const INSTALLED = Symbol.for('dossier-numerique:loader');

/** The origin of the loader's own script URL, or undefined when it is not http(s). */
export function loaderOrigin(scriptSrc: string | undefined | null): string | undefined {
  if (!scriptSrc) return undefined;
  try {
    const url = new URL(scriptSrc);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Is this iframe's `src` on `origin`? */
export function isOnOrigin(src: string, base: string, origin: string): boolean {
  try {
    return new URL(src, base).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Marks the loader installed for `origin` on `target` (the window); false when it already was.
 * The record lives under a Symbol, which no HTML element can shadow.
 */
export function claimInstall(target: object, origin: string): boolean {
  const holder = target as { [INSTALLED]?: Set<string> };
  const installed = holder[INSTALLED] instanceof Set ? holder[INSTALLED] : (holder[INSTALLED] = new Set<string>());
  if (installed.has(origin)) return false;
  installed.add(origin);
  return true;
}
