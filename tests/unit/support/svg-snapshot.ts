/**
 * A chart's rendered SVG as a file a reviewer opens in a browser (tests/unit/__svg__/*.svg):
 * one element per line, so a geometry change reads as a small diff, and a neutral stylesheet
 * owned by the tests (the site's colours come from its CSS, which the snapshot does not pin).
 * The renderer's markup is kept as is: only line breaks between elements and the <style> are added.
 */

/** Just enough style to see the marks: light ground, dark text, filled boxes, stroked lines. */
const STYLE = [
  'svg{background:#fff;font-family:system-ui,sans-serif}',
  'text{fill:#1b1b1b}',
  '.is-bold{font-weight:700}',
  "rect:not([fill]){fill:#c9daf0}",
  'rect{stroke:#3d6a9c}',
  'rect.chart-hit,rect.chart-focus{fill:none;stroke:none}',
  'rect.chart-hatch-ground{fill:#fff;stroke:none}',
  'line,path{fill:none;stroke:#3d6a9c;stroke-width:1.5}',
  '.chart-gridline{stroke:#ddd;stroke-width:1}',
  '.chart-connector,.timeline-leader{stroke-dasharray:3 3}',
  'circle{fill:#3d6a9c}',
  '.chart-halo{paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}',
].join('\n');

/** `svg` (one `<svg>…</svg>` string) with a stylesheet after its opening tag and one element per line. */
export function viewableSvg(svg: string): string {
  // Attribute values are escaped (`>` as `&#62;`), so the first `>` ends the opening tag.
  const open = svg.indexOf('>') + 1;
  return `${svg.slice(0, open)}\n<style>\n${STYLE}\n</style>\n${svg.slice(open).replace(/>\s*</g, '>\n<')}\n`;
}
