/**
 * The host-page loader (`/embed/loader.js`): resizes our chart iframes to their content.
 * It acts on a message only when it comes from an iframe's own window (`event.source`),
 * from that iframe's origin (`event.origin`, exact match), with our type, that iframe's
 * chart id and a bounded height. It never loads or follows a URL from a message.
 * Idempotent: pasting the snippet twice installs one listener.
 */
import { acceptedHeight, expectedOrigin, iframeChart } from './protocol.ts';

const FLAG = 'dossierNumeriqueLoader';
const w = window as unknown as Record<string, unknown>;

if (!w[FLAG]) {
  w[FLAG] = true;
  window.addEventListener('message', (event) => {
    for (const iframe of document.getElementsByTagName('iframe')) {
      if (!event.source || iframe.contentWindow !== event.source) continue;
      const base = document.baseURI;
      if (event.origin !== expectedOrigin(iframe.src, base, iframe.getAttribute('sandbox'))) return;
      const chart = iframeChart(iframe.dataset.dossierChart, iframe.src, base);
      const height = chart ? acceptedHeight(event.data, chart) : undefined;
      if (height) iframe.style.height = `${height}px`;
      return;
    }
  });
}
