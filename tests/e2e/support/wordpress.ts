/**
 * A WordPress-style oEmbed consumer, re-implemented for the tests from what WordPress does
 * (wp-includes/embed.php `wp_filter_oembed_result`, wp-includes/js/wp-embed.js), not copied:
 *
 * - sanitising an untrusted provider's HTML: keep only the first iframe and only the
 *   attributes src, width, height, frameborder, marginwidth, marginheight, scrolling and
 *   title (so no style, no data-*, no loading, and no <script> at all); append
 *   `#?secret=<10 letters and digits>` to its src, copy the secret to data-secret, and add
 *   class="wp-embedded-content" sandbox="allow-scripts" security="restricted";
 * - the host script: on DOMContentLoaded, post `{ message: 'ready', secret }` to each such
 *   iframe; on a message whose secret is letters and digits, find the iframes with that
 *   data-secret whose window sent it, drop their style, and for `height` set the height
 *   attribute to the integer value clamped to 200–1000; for `link` navigate the top window
 *   when the URL is http(s), on the iframe's host, and the iframe has the focus.
 */
import { randomBytes } from 'node:crypto';
import { parse } from 'node-html-parser';

const KEPT = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What WordPress keeps of an untrusted provider's oEmbed HTML; undefined when it has no iframe. */
export function wordpressSanitise(html: string): { html: string; secret: string } | undefined {
  const iframe = parse(html).querySelector('iframe');
  if (!iframe) return undefined;
  const secret = [...randomBytes(10)].map((b) => ALNUM[b % ALNUM.length]).join('');
  const attrs = KEPT.flatMap((name) => {
    const value = iframe.getAttribute(name);
    if (value === undefined) return [];
    return [`${name}="${escapeAttr(name === 'src' ? `${value}#?secret=${secret}` : value)}"`];
  });
  attrs.push(`data-secret="${secret}"`);
  return { html: `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" ${attrs.join(' ')}></iframe>`, secret };
}

/** The host page's embed script (the receiving side of WordPress's protocol), as inline JS. */
export const WORDPRESS_HOST_SCRIPT = `
(() => {
  window.addEventListener('message', (e) => {
    const data = e.data;
    if (!data || !(data.secret || data.message || data.value)) return;
    if (/[^a-zA-Z0-9]/.test(data.secret)) return;
    for (const iframe of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
      if (e.source !== iframe.contentWindow) continue;
      iframe.removeAttribute('style');
      if (data.message === 'height') {
        let h = parseInt(data.value, 10);
        if (h > 1000) h = 1000;
        else if (~~h < 200) h = 200;
        iframe.height = h;
        window.__wpHeights = (window.__wpHeights || 0) + 1;
      } else if (data.message === 'link') {
        const from = new URL(iframe.getAttribute('src'));
        const to = new URL(data.value);
        if (/^https?:$/i.test(to.protocol) && to.host === from.host && document.activeElement === iframe) window.top.location.href = data.value;
      }
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    for (const iframe of document.querySelectorAll('iframe.wp-embedded-content')) {
      let secret = iframe.getAttribute('data-secret');
      if (!secret) {
        secret = Math.random().toString(36).substring(2, 12);
        iframe.src += '#?secret=' + secret;
        iframe.setAttribute('data-secret', secret);
      }
      iframe.contentWindow.postMessage({ message: 'ready', secret }, '*');
    }
  });
})();
`;
