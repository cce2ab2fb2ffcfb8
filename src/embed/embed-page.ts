/**
 * The embed page's only own script: applies `?theme=light|dark|auto` and `?plain` (other
 * parameters and values are ignored), then reports the content's height to the host page
 * whenever it changes: our namespaced message (for /embed/loader.js), AMP's `embed-size`,
 * and, when WordPress put a secret in the URL fragment, WordPress's own `height` message.
 * The target origin is "*": the messages hold nothing but the chart id, a height and the
 * secret the host itself chose.
 */
import { forceScheme, schemeParam } from './color-scheme.ts';
import { isWordpressReady, resizeMessage, wordpressHeightMessage, wordpressLinkMessage, wordpressSecret } from './protocol.ts';

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const scheme = schemeParam(params.get('theme'));
if (scheme) forceScheme(document, scheme);
if (params.has('plain')) root.dataset.plain = '';

const content = document.querySelector<HTMLElement>('[data-embed]');
const chart = content?.dataset.embed ?? '';
const framed = window.parent !== window;
/** WordPress may add its secret after the page loaded (its host script runs late): read it each time. */
const secret = () => wordpressSecret(location.hash);
const height = () => (content ? content.getBoundingClientRect().height : 0);

function postWordpressHeight() {
  const s = secret();
  if (!s) return;
  root.dataset.wordpress = '';
  window.parent.postMessage(wordpressHeightMessage(s, height()), '*');
}

if (content && framed && 'ResizeObserver' in window) {
  let last = 0;
  new ResizeObserver(() => {
    const message = resizeMessage(chart, height());
    if (message.height === last) return;
    last = message.height;
    window.parent.postMessage(message, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: message.height }, '*');
    postWordpressHeight();
  }).observe(content);
}

if (content && framed) {
  // WordPress's host asks again once its script has run; only our parent may ask.
  window.addEventListener('message', (event) => {
    const s = secret();
    if (s && event.source === window.parent && isWordpressReady(event.data, s)) postWordpressHeight();
  });
  window.addEventListener('hashchange', postWordpressHeight);
  // WordPress sandboxes the iframe without `allow-popups`, so a new tab is refused: the link
  // back asks the host page to open the article instead, as WordPress's own embeds do.
  const back = content.querySelector<HTMLAnchorElement>('.embed-credit a');
  back?.addEventListener('click', (event) => {
    const s = secret();
    if (!s) return;
    event.preventDefault();
    window.parent.postMessage(wordpressLinkMessage(s, back.href), '*');
  });
  if (secret()) root.dataset.wordpress = '';
}
