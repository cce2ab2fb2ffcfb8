/**
 * The host-page loader (`/embed/loader.js`): resizes our chart iframes to their content.
 * It acts only for iframes whose `src` is on the origin it was itself loaded from
 * (its own script URL), and on a message only when it comes from that iframe's own window
 * (`event.source`), from that iframe's origin (`event.origin`, exact match), with our type,
 * that iframe's chart id and a bounded height. It never loads or follows a URL from a
 * message. Idempotent (pasting the snippet twice installs one listener), and immune to
 * DOM clobbering: see loader-trust.ts.
 */
import { acceptedHeight, expectedOrigin, iframeChart } from './protocol.ts';
import { claimInstall, isOnOrigin, loaderOrigin } from './loader-trust.ts';

// Read while this classic script runs: afterwards currentScript is null.
const own = loaderOrigin((document.currentScript as HTMLScriptElement | null)?.src);

if (!own) {
  console.warn('Dossier Numérique: load /embed/loader.js with <script src="…"> from the site that serves the charts; it resizes nothing otherwise.');
} else if (claimInstall(window, own)) {
  window.addEventListener('message', (event) => {
    for (const iframe of document.getElementsByTagName('iframe')) {
      if (!event.source || iframe.contentWindow !== event.source) continue;
      const base = document.baseURI;
      if (!isOnOrigin(iframe.src, base, own)) return;
      if (event.origin !== expectedOrigin(iframe.src, base, iframe.getAttribute('sandbox'))) return;
      const chart = iframeChart(iframe.dataset.dossierChart, iframe.src, base);
      const height = chart ? acceptedHeight(event.data, chart) : undefined;
      if (height) iframe.style.height = `${height}px`;
      return;
    }
  });
}
