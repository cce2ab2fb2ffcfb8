/**
 * Link integrity of a built site: every internal link, resource and `#fragment` in its HTML
 * must resolve to a file (and an element id) of the same build. Reads a folder; the check
 * itself (`checkLinks`) is pure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

/** A built site as the checker sees it. */
export interface BuiltSite {
  /** URL path of every file, e.g. `/og/x.png`, `/articles/x/index.html`. */
  files: Set<string>;
  /** HTML pages: URL path of the file → its HTML. */
  pages: Map<string, string>;
}

/** One broken link: on which page, which link, and why. */
export interface LinkProblem {
  /** URL path of the HTML file holding the link, e.g. `/articles/x/index.html`. */
  page: string;
  /** The link as written in the page. */
  link: string;
  reason: string;
}

/** Reads every file of a built folder (HTML pages with their text). */
export function readBuiltSite(dir: string): BuiltSite {
  const files = new Set<string>();
  const pages = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isDirectory()) continue;
    const p = join(e.parentPath, e.name);
    const url = '/' + relative(dir, p).split(sep).join('/');
    files.add(url);
    if (e.name.endsWith('.html')) pages.set(url, readFileSync(p, 'utf8'));
  }
  return { files, pages };
}

/** Attributes that point somewhere, by element. */
const LINK_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

const NOT_A_PLACE = /^(mailto|tel|javascript|data|blob):/i;

/** The address a browser shows for an HTML file: `/a/index.html` → `/a/`. */
function pageUrl(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The file a URL path is served from, as a static host does, or undefined. */
function resolveFile(files: Set<string>, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((c) => files.has(c));
}

/** The ids (and `<a name>`s) of a page, for fragments. */
function anchorsOf(html: string): Set<string> {
  const root = parse(html);
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  return ids;
}

/** Every broken internal link of a built site; `origin` is the site's own (absolute links to it are internal). */
export function checkLinks(site: BuiltSite, origin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (file: string) => {
    let set = anchors.get(file);
    if (!set) anchors.set(file, (set = anchorsOf(site.pages.get(file) ?? '')));
    return set;
  };

  for (const [file, html] of site.pages) {
    const root = parse(html);
    const base = new URL(pageUrl(file), origin);
    for (const [selector, attribute] of LINK_ATTRIBUTES) {
      for (const el of root.querySelectorAll(selector)) {
        const link = el.getAttribute(attribute)?.trim() ?? '';
        if (!link || NOT_A_PLACE.test(link)) continue;
        let url: URL;
        try {
          url = new URL(link, base);
        } catch {
          problems.push({ page: file, link, reason: 'not a valid address' });
          continue;
        }
        if (url.origin !== origin) continue;
        const path = decodeURIComponent(url.pathname);
        const target = resolveFile(site.files, path);
        if (!target) {
          problems.push({ page: file, link, reason: `no file for ${path} in the build` });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !anchorsFor(target).has(fragment))
          problems.push({ page: file, link, reason: `no element with id "${fragment}" on ${pageUrl(target)}` });
      }
    }
  }
  return problems;
}

/** The site's origin, read from the canonical link of its home page. */
export function originOf(site: BuiltSite): string | undefined {
  const home = site.pages.get('/index.html');
  const canonical = home ? parse(home).querySelector('link[rel="canonical"]')?.getAttribute('href') : undefined;
  return canonical ? new URL(canonical).origin : undefined;
}
