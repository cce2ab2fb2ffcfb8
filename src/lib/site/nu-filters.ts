/**
 * The Nu HTML Checker's messages we ignore, matched by message text, each for a stated
 * reason. Everything else it reports fails `npm run validate:nu`. Pure, unit-tested.
 */

/** One message of vnu's JSON report. */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  message: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
}

interface Filter {
  pattern: RegExp;
  reason: string;
}

export const NU_FILTERS: readonly Filter[] = [
  {
    pattern: /^CSS: Unrecognized at-rule “@property”/,
    reason: 'Tailwind 4 registers its custom properties with @property (CSS Properties and Values API, Baseline 2024); the checker’s CSS grammar predates it.',
  },
  {
    pattern: /^CSS: Unrecognized at-rule “@container”/,
    reason: 'Container queries (CSS Containment 3, Baseline 2023) lay out the charts by their box; the checker’s CSS grammar predates them.',
  },
  {
    pattern: /^CSS: “container-type”: Property “container-type” doesn't exist/,
    reason: 'container-type declares the charts’ query containers (CSS Containment 3); same gap as @container.',
  },
  {
    pattern: /^CSS: “margin-trim”: Property “margin-trim” doesn't exist/,
    reason: 'margin-trim comes with Tailwind’s typography styles (CSS Box 4); browsers without it ignore it, as CSS intends.',
  },
  {
    pattern: /^CSS: “paint-order”: Property “paint-order” doesn't exist/,
    reason: 'paint-order (SVG 2, all browsers) draws the halo behind chart labels; the checker’s CSS grammar does not list it.',
  },
  {
    pattern: /violates Content Security Policy \(meta tag\)/,
    reason:
      'The checker reads the pages from disk: a file: page has an opaque origin, so \'self\' matches none of our own files, and it flags JSON-LD data blocks and hashed inline blocks the browser allows. The real policy is tested in a browser (tests/e2e/security.spec.ts).',
  },
];

/** The filter a message falls under, if any. */
export function ignoredBy(m: Pick<NuMessage, 'message'>): Filter | undefined {
  return NU_FILTERS.find((f) => f.pattern.test(m.message));
}
