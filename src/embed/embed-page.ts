/**
 * The embed page's only own script: applies `?theme=light|dark|auto` and `?plain` (other
 * parameters and values are ignored), then reports the content's height to the host page
 * whenever it changes: our namespaced message (for /embed/loader.js), AMP's `embed-size`,
 * and, when WordPress put a secret in the URL fragment, WordPress's own `height` message.
 * The target origin is "*": the messages hold nothing but the chart id, a height and the
 * secret the host itself chose.
 */
import { forceScheme, schemeParam } from './color-scheme.ts';
import { resizeMessage, wordpressSecret } from './protocol.ts';

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const scheme = schemeParam(params.get('theme'));
if (scheme) forceScheme(document, scheme);
if (params.has('plain')) root.dataset.plain = '';

const content = document.querySelector<HTMLElement>('[data-embed]');
const chart = content?.dataset.embed ?? '';
const parent = window.parent;
/** WordPress may add its secret after the page loaded (then it sends `ready`): read it each time. */
const secret = () => wordpressSecret(location.hash);
const height = () => Math.ceil(content!.getBoundingClientRect().height);

/** WordPress's `height` message (see protocol.ts), when WordPress framed the page. */
function wordpressHeight() {
  const s = secret();
  if (!s) return;
  root.dataset.wordpress = '';
  parent.postMessage({ message: 'height', value: height(), secret: s }, '*');
}

if (content && parent !== window) {
  let last = 0;
  if ('ResizeObserver' in window)
    new ResizeObserver(() => {
      const message = resizeMessage(chart, height());
      if (message.height === last) return;
      last = message.height;
      parent.postMessage(message, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: message.height }, '*');
      wordpressHeight();
    }).observe(content);
  // WordPress's host asks again (`ready`) once its script has run; only our parent may ask.
  addEventListener('message', (e) => e.source === parent && e.data?.message === 'ready' && e.data.secret === secret() && wordpressHeight());
  // WordPress sandboxes the iframe without `allow-popups`, so a new tab is refused: the link
  // back asks the host page to open the article (its `link` message), as WordPress's own embeds do.
  content.querySelector('.embed-credit a')?.addEventListener('click', (e) => {
    const s = secret();
    if (!s) return;
    e.preventDefault();
    parent.postMessage({ message: 'link', value: (e.currentTarget as HTMLAnchorElement).href, secret: s }, '*');
  });
}
