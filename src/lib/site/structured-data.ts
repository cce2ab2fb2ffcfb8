/**
 * schema.org JSON-LD: articles (NewsArticle), the data of their charts (Dataset, with its
 * files and license), the home page (WebSite) and the chart gallery (CollectionPage). Pure.
 */

/** The publisher as schema.org describes an organisation: name, home page and logo. */
export interface PublisherInput {
  name: string;
  /** The site's home page. */
  url: string;
  /** A square PNG logo, absolute URL. */
  logo: { url: string; width: number; height: number };
}

/** The publisher's Organization object, with an @id so other objects can share it. */
export function organization(p: PublisherInput): Record<string, unknown> {
  return {
    '@type': 'Organization',
    '@id': `${p.url}#publisher`,
    name: p.name,
    url: p.url,
    logo: { '@type': 'ImageObject', url: p.logo.url, width: p.logo.width, height: p.logo.height },
  };
}

/** What NewsArticle needs to know about an article. */
export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  published: Date;
  /** Day of the latest correction concerning the article; the publication date when none. */
  modified?: Date;
  authors: string[];
  publisher: PublisherInput;
  image: string;
  section: string;
  keywords: string[];
  /** URLs of the sources the article relies on. */
  citations: string[];
}

/** A NewsArticle object. */
export function newsArticle(a: NewsArticleInput): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    '@id': `${a.url}#article`,
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    description: a.description,
    datePublished: a.published.toISOString(),
    dateModified: (a.modified ?? a.published).toISOString(),
    inLanguage: 'fr-FR',
    image: [a.image],
    articleSection: a.section,
    keywords: a.keywords.join(', '),
    author: a.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: organization(a.publisher),
    citation: a.citations,
  };
}

/** What Dataset needs to know about one chart's data. */
export interface DatasetInput {
  /** Where the dataset is described, unique to it (the chart's entry in the gallery). */
  url: string;
  name: string;
  description: string;
  publisher: PublisherInput;
  /** Labels of the columns of its files. */
  variables: string[];
  /** URLs of the sources of the values. */
  sources: string[];
  /** The license's page. */
  license: string;
  /** Its files: absolute URL and media type. */
  files: { url: string; type: string }[];
}

/** A Dataset object, with its downloadable files. */
export function dataset(d: DatasetInput): Record<string, unknown> {
  return {
    '@type': 'Dataset',
    '@id': d.url,
    url: d.url,
    name: d.name,
    description: d.description,
    inLanguage: 'fr-FR',
    creator: organization(d.publisher),
    publisher: organization(d.publisher),
    license: d.license,
    variableMeasured: d.variables,
    isBasedOn: d.sources,
    isAccessibleForFree: true,
    distribution: d.files.map((f) => ({ '@type': 'DataDownload', contentUrl: f.url, encodingFormat: f.type })),
  };
}

/** The home page's WebSite object. */
export function webSite(w: { url: string; name: string; description: string; publisher: PublisherInput }): Record<string, unknown> {
  return { '@type': 'WebSite', '@id': `${w.url}#website`, url: w.url, name: w.name, description: w.description, inLanguage: 'fr-FR', publisher: organization(w.publisher) };
}

/** A page listing things (the chart gallery), with what it lists. */
export function collectionPage(c: { url: string; name: string; description: string; parts: Record<string, unknown>[] }): Record<string, unknown> {
  return { '@type': 'CollectionPage', '@id': c.url, url: c.url, name: c.name, description: c.description, inLanguage: 'fr-FR', hasPart: c.parts };
}

/** A JSON-LD document, serialised so that it cannot close its <script> element. */
export function jsonLd(items: Record<string, unknown>[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': items }).replace(/</g, '\\u003c');
}
