import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PRODUCTION_SITE, resolveSite, siteNotice } from '../../src/lib/site/site.ts';

describe('the site address', () => {
  test('SITE_URL, when set, overrides PRODUCTION_SITE; otherwise PRODUCTION_SITE is used', () => {
    expect(resolveSite(undefined)).toBe(new URL(PRODUCTION_SITE).href);
    expect(resolveSite('  ')).toBe(new URL(PRODUCTION_SITE).href);
    expect(resolveSite('https://www.journal.fr')).toBe('https://www.journal.fr/');
  });
  test('a SITE_URL that is not an http(s) address is refused with what to write', () => {
    expect(() => resolveSite('journal.fr')).toThrow(/SITE_URL must be the site's full address, such as https:/);
    expect(() => resolveSite('ftp://journal.fr')).toThrow(/SITE_URL must start with https:/);
  });
  test('a build for a placeholder address warns in one line naming the setting; a local one says so; a real one is silent', () => {
    const warning = siteNotice('https://dossier-numerique.example.org/');
    expect(warning).toMatch(/^WARNING: .*placeholder.*PRODUCTION_SITE in src\/lib\/site\/site\.ts \(or SITE_URL\)/);
    expect(warning).not.toContain('\n');
    expect(siteNotice('http://127.0.0.1:4321/')).toMatch(/local preview/);
    expect(siteNotice('https://www.journal.fr/')).toBeUndefined();
  });
  test('npm start builds for the address it serves', () => {
    const start: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start;
    const site = /--site (\S+)/.exec(start)?.[1];
    const port = /serve\.ts dist --port (\d+)/.exec(start)?.[1];
    expect(site).toBeDefined();
    expect(new URL(site!).port).toBe(port);
  });
});
