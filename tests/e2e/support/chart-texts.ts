/** What the tests measure of a chart's texts in the browser. */
import type { Page } from '@playwright/test';

/** One text of a chart's visible SVGs: its rendered size in px, and whether it overruns its SVG. */
export interface MeasuredText {
  text: string | null;
  px: number;
  overruns: boolean;
}

/** Every text of the visible SVGs under `selector`; a text overruns past `slack` px outside its SVG. */
export function measureChartTexts(page: Page, selector: string, slack: number): Promise<MeasuredText[]> {
  return page.evaluate(
    ({ selector, slack }) => {
      const svgs = [...document.querySelectorAll<SVGSVGElement>(`${selector} svg.chart-svg`)].filter((s) => s.getBoundingClientRect().width > 0);
      return svgs.flatMap((svg) => {
        const scale = svg.getScreenCTM()?.a ?? 1;
        const width = svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => {
          const box = t.getBBox();
          return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale, overruns: box.x < -2 || box.x + box.width > width + slack };
        });
      });
    },
    { selector, slack },
  );
}
