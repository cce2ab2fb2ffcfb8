import { describe, expect, test } from 'vitest';
import { checkLinks, originOf, readBuiltSite } from '../../src/lib/site/link-check.ts';

const site = readBuiltSite('tests/unit/fixtures/link-site');

describe('checkLinks(site, origin)', () => {
  test('names the page and the link of a planted broken link and a planted broken fragment, and nothing else', () => {
    const problems = checkLinks(site, 'https://example.org');
    expect(problems).toEqual([
      { page: '/index.html', link: '/manquante/', reason: 'no file for /manquante/ in the build' },
      { page: '/index.html', link: '/a/#absente', reason: 'no element with id "absente" on /a/' },
    ]);
  });

  test('treats absolute links to the site itself as internal', () => {
    const withBadCard = new Map(site.pages);
    withBadCard.set('/b.html', '<meta property="og:image" content="https://example.org/img/nope.png">');
    const problems = checkLinks({ files: new Set([...site.files, '/b.html']), pages: withBadCard }, 'https://example.org');
    expect(problems.map((p) => `${p.page} ${p.link}`)).toContain('/b.html https://example.org/img/nope.png');
  });

  test('originOf(site) reads the home page canonical link', () => {
    expect(originOf(site)).toBe('https://example.org');
  });
});
