/**
 * The embed page's only own script: applies `?theme=light|dark` and `?plain` (other
 * parameters are ignored), then reports the content's height to the host page whenever it
 * changes: our namespaced message (for /embed/loader.js) and AMP's `embed-size`.
 * The target origin is "*": the message holds nothing but the chart id and a height.
 */
import { forceScheme, schemeParam } from './color-scheme.ts';
import { resizeMessage } from './protocol.ts';

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const scheme = schemeParam(params.get('theme'));
if (scheme) forceScheme(document, scheme);
if (params.has('plain')) root.dataset.plain = '';

const content = document.querySelector<HTMLElement>('[data-embed]');
const chart = content?.dataset.embed ?? '';
if (content && window.parent !== window && 'ResizeObserver' in window) {
  let last = 0;
  new ResizeObserver(() => {
    const message = resizeMessage(chart, content.getBoundingClientRect().height);
    if (message.height === last) return;
    last = message.height;
    window.parent.postMessage(message, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: message.height }, '*');
  }).observe(content);
}
