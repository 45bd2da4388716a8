/** Headless Chromium as the end-to-end tests run it (playwright.config.ts): Debian's build when present, software WebGL. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

const SYSTEM =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    ...(SYSTEM ? { executablePath: SYSTEM } : {}),
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh context (empty cache and storage) at the tests' window size, with
 * service workers blocked so every byte comes over the network. Functions the
 * bench runs in the page are compiled by tsx, which wraps named functions in
 * a `__name` helper; the page gets a harmless one.
 */
export async function freshContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
    ...options,
  });
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}
