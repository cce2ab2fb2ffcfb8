/**
 * The search page's only script: reads `?q=` (the header's plain GET form), loads Pagefind's
 * index from /pagefind/ (same origin, built after the site) and lists the matching pages.
 * Results are built with DOM methods: no HTML string from the index reaches innerHTML.
 */

/** A section of a page: Pagefind splits pages at headings that have an id. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 20;

/** Copies Pagefind's excerpt (text with <mark> around matches) into `target` as text and <mark> nodes. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(node.textContent ?? '');
  }
}

/**
 * The section of a page where the words occur most (ties: the first), so that a result
 * opens at the matching section rather than the top of the page.
 */
function bestSection(data: PagefindResultData): PagefindSubResult | undefined {
  const found = (data.sub_results ?? []).filter((s) => s.locations.length > 0);
  // Sections under a heading (their URL has its #id) before the top of the page.
  const anchored = found.filter((s) => s.url.includes('#'));
  const sections = anchored.length > 0 ? anchored : found;
  return sections.reduce<PagefindSubResult | undefined>((best, s) => (!best || s.locations.length > best.locations.length ? s : best), undefined);
}

/** One result: the page's title as a link to the best section, that section's name, and its excerpt. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const section = bestSection(data);
  const pageTitle = data.meta.title ?? data.url;
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = section?.url ?? data.url;
  link.textContent = pageTitle;
  link.className = 'text-lg font-bold';
  li.append(link);
  if (section && section.title !== pageTitle) {
    const where = document.createElement('p');
    where.className = 'text-sm';
    where.textContent = `Passage\u202f: ${section.title}`;
    li.append(where);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-muted';
  appendExcerpt(excerpt, section?.excerpt ?? data.excerpt);
  li.append(excerpt);
  return li;
}

/** « 3 résultats pour « fibre ». », in French typography. */
function summary(count: number, term: string): string {
  const noun = count > 1 ? 'résultats' : 'résultat';
  return count === 0 ? `Aucun résultat pour «\u202f${term}\u202f».` : `${count} ${noun} pour «\u202f${term}\u202f».`;
}

async function run(): Promise<void> {
  const status = document.getElementById('recherche-etat');
  const list = document.getElementById('recherche-resultats');
  const input = document.getElementById('recherche-q');
  if (!status || !list || !(input instanceof HTMLInputElement)) return;
  const term = (new URLSearchParams(location.search).get('q') ?? '').trim();
  input.value = term;
  if (!term) return;
  status.textContent = `Recherche de «\u202f${term}\u202f»…`;
  try {
    // A runtime URL, not a module of the build: Pagefind writes it after `astro build`.
    const indexUrl = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ indexUrl)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    const { results } = await pagefind.search(term);
    const pages = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...pages.map(resultItem));
    status.textContent = summary(results.length, term);
  } catch {
    status.textContent = 'La recherche est indisponible\u202f: l’index n’a pas été construit (lancez «\u202fnpm run build\u202f»).';
  }
}

void run();
