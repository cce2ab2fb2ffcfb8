import { describe, expect, it } from 'vitest';
import { lowPriorityScripts } from '../../src/cli/script-priority.ts';

describe('lowPriorityScripts', () => {
  it('marks each external module script fetchpriority="low"', () => {
    const html = '<p>x</p><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>';
    expect(lowPriorityScripts(html)).toBe(
      '<p>x</p><script type="module" fetchpriority="low" src="/_astro/a.js"></script><script type="module" fetchpriority="low" src="/_astro/b.js"></script>',
    );
  });

  it('leaves inline scripts, JSON-LD and scripts that already say their priority alone', () => {
    const html = [
      '<script type="module">console.log(1)</script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="module" src="/a.js" fetchpriority="high"></script>',
    ].join('');
    expect(lowPriorityScripts(html)).toBe(html);
  });

  it('is idempotent', () => {
    const once = lowPriorityScripts('<script type="module" src="/a.js"></script>');
    expect(lowPriorityScripts(once)).toBe(once);
  });
});
