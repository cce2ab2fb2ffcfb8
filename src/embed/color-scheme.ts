/**
 * `?theme=light|dark` on an embed page, under a CSP that forbids inline styles: rather than
 * a second copy of every colour token, the embed rewrites the `prefers-color-scheme` media
 * queries of its own (inlined) stylesheets so the chosen scheme's rules always apply and
 * the other's never do. The tokens stay defined once, in the stylesheets.
 */

export type Scheme = 'light' | 'dark';

/** Always true and never true media features, to stand in for a colour-scheme query. */
const ALWAYS = '(min-width: 0px)';
const NEVER = '(max-width: -1px)';

/**
 * The scheme a `theme` query parameter forces: `light` or `dark`. `auto`, no parameter and
 * any other value force nothing: the embed then follows the reader's system setting.
 */
export function schemeParam(value: string | null): Scheme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** A media query with every `(prefers-color-scheme: …)` replaced by always/never for `scheme`. */
export function forceSchemeInMedia(mediaText: string, scheme: Scheme): string {
  return mediaText.replace(/\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/g, (_, s: string) => (s === scheme ? ALWAYS : NEVER));
}

/** Applies `scheme` to a document: media rules of its readable stylesheets, and `color-scheme`. */
export function forceScheme(doc: Document, scheme: Scheme): void {
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const forced = forceSchemeInMedia(rule.media.mediaText, scheme);
        if (forced !== rule.media.mediaText) rule.media.mediaText = forced;
      }
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of doc.styleSheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A stylesheet from another origin cannot be read; ours are inlined.
    }
  }
  doc.documentElement.style.colorScheme = scheme;
  doc.querySelector('meta[name="color-scheme"]')?.setAttribute('content', scheme);
  doc.documentElement.dataset.theme = scheme;
}

