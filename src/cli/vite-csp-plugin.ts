/**
 * The page's Content-Security-Policy, written once: the built index.html
 * carries it in a <meta> (so it holds on any static host), `vite preview`
 * sends it as a header, and docs/deployment.md gives the header for servers.
 *
 * Strict: scripts and styles only from the site's own files, no
 * 'unsafe-inline', no 'unsafe-eval'. What the page needs beyond 'self':
 *
 * - img-src data: Phaser makes its built-in textures (default, missing, white)
 *   and its canvas feature check from data: PNGs;
 * - media-src data: Howler empties an HTML5 audio element it lets go of by
 *   pointing it at a data: WAV (only when Web Audio is missing).
 *
 * It holds only in the build: the dev server's hot reload puts styles into
 * <style> elements, which the policy refuses.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'media-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  // Only as a header: browsers ignore it in a <meta> (and say so in the console).
  'frame-ancestors': ["'none'"],
};

const HEADER_ONLY = new Set(['frame-ancestors']);

/**
 * In an LMS package the game also talks to the LMS's xAPI endpoint (cmi5),
 * whose address only the launch names: any web address may be connected to.
 */
const LMS_CONNECT = ["'self'", 'https:', 'http:'];

function policy(keep: (directive: string) => boolean, forLms = false): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([directive]) => keep(directive))
    .map(
      ([directive, sources]) =>
        `${directive} ${(forLms && directive === 'connect-src' ? LMS_CONNECT : sources).join(' ')}`,
    )
    .join('; ');
}

/** The Content-Security-Policy header's value, for `vite preview` and for servers. */
export const cspHeader = (): string => policy(() => true);

/** The policy in the built page's <meta>: the header's, without what only a header can say. */
export const cspMeta = (forLms = false): string => policy((d) => !HEADER_ONLY.has(d), forLms);

/** Puts the policy in the built index.html, straight after <meta charset>, before anything it governs. */
export function injectCspMeta(html: string, forLms = false): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset> to put the Content-Security-Policy after');
  const at = charset.index + charset[0].length;
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta(forLms)}" />`;
  return html.slice(0, at) + meta + html.slice(at);
}

/** The build's half: the <meta> in index.html. (The preview's header is set in vite.config.ts.) */
export function contentSecurityPolicyPlugin(options: { forLms?: boolean } = {}): Plugin {
  return {
    name: 'cooldown:content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => injectCspMeta(html, options.forLms) },
  };
}
