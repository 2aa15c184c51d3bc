import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

/** Debian's Chromium, which `npm test` installs when it is missing (scripts/ensure-chromium.sh). */
const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless Chromium that contacts no service of its own (updates, sync, first-run pages), so every
 * request it makes comes from the page under test.
 */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run npm test (as root it installs Chromium) or sudo apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}
