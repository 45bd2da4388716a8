import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, cspMeta, injectCspMeta } from './vite-csp-plugin.ts';

describe('content security policy', () => {
  it('is strict: no inline code, no eval, nothing from other sites', () => {
    for (const policy of [cspHeader(), cspMeta()]) {
      expect(policy).not.toMatch(/unsafe-|\*|https?:|blob:/);
      expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )style-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
    }
    expect(
      Object.values(CSP_DIRECTIVES)
        .flat()
        .filter((s) => s === 'data:'),
    ).toHaveLength(2);
  });

  it('in an LMS package may also connect to web addresses (the LMS endpoint a launch names), and is otherwise the same', () => {
    const lms = cspMeta(true);
    expect(lms).toMatch(/(^|; )connect-src 'self' https: http:(;|$)/);
    expect(lms.replace(/connect-src [^;]+/, '')).toBe(cspMeta().replace(/connect-src [^;]+/, ''));
  });

  it('says frame-ancestors only in the header, as browsers ignore it in a <meta>', () => {
    expect(cspHeader()).toContain("frame-ancestors 'none'");
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspHeader()).toBe(`${cspMeta()}; frame-ancestors 'none'`);
  });

  it('goes into index.html straight after <meta charset>, before anything it governs', () => {
    const html = injectCspMeta(readFileSync('index.html', 'utf8'));
    const meta = `<meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`;
    expect(html.indexOf(meta)).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<link'));
    expect(() => injectCspMeta('<html><head></head></html>')).toThrow(/meta charset/);
  });

  it('is the header docs/deployment.md gives for servers', () => {
    const doc = readFileSync('docs/deployment.md', 'utf8');
    expect(doc).toContain(`Content-Security-Policy: ${cspHeader()}\n`);
    for (const [directive, sources] of Object.entries(CSP_DIRECTIVES))
      expect(doc).toContain(`| \`${directive}\` | \`${sources.join(' ')}\` |`);
  });

  it('has nothing inline to refuse in index.html', () => {
    const html = readFileSync('index.html', 'utf8').replace(/<!--.*?-->/gs, '');
    expect(html).not.toMatch(/<style|\sstyle=|<script(?![^>]*\ssrc=)|\son[a-z]+=/i);
  });
});
