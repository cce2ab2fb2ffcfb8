/** Finding a Chromium (src/cli/browser.ts): the order, and one sentence when there is none. */
import { describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM } from '../../src/cli/browser.ts';

const only = (...present: string[]) => (p: string) => present.includes(p);

describe('findChromium', () => {
  it('prefers CHROME_PATH, then Playwright\'s browser, then the system\'s', () => {
    const playwrightPath = () => '/pw/chrome';
    expect(findChromium({ env: { CHROME_PATH: '/my/chrome' }, exists: only('/my/chrome', '/pw/chrome'), playwrightPath })).toBe('/my/chrome');
    expect(findChromium({ env: {}, exists: only('/pw/chrome', '/usr/bin/chromium'), playwrightPath })).toBe('/pw/chrome');
    expect(findChromium({ env: {}, exists: only('/usr/bin/chromium'), playwrightPath })).toBe('/usr/bin/chromium');
  });

  it('names a CHROME_PATH that points nowhere', () => {
    expect(() => findChromium({ env: { CHROME_PATH: '/nope' }, exists: only(), playwrightPath: () => undefined })).toThrow(/CHROME_PATH is set to \/nope.*fix the path or unset it/);
  });

  it('says in one sentence what to install when there is no browser at all', () => {
    let message = '';
    try {
      findChromium({ env: {}, exists: only(), playwrightPath: () => '/pw/missing' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(NO_CHROMIUM);
    expect(message).not.toContain('\n');
    expect(message).toMatch(/playwright install chromium.*CHROME_PATH/);
  });
});
