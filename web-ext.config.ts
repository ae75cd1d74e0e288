import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

/**
 * How `npm run dev` (and `npm run dev:firefox`) open a browser with Lede loaded. WXT drives the
 * browser through `web-ext`, which looks for "google-chrome" and "firefox" on the PATH; Debian
 * ships them as /usr/bin/chromium and /usr/bin/firefox-esr, so point at those where they exist.
 * A machine with Chrome or Firefox installed the usual way needs nothing here.
 */
const CHROMIUM = '/usr/bin/chromium';
const FIREFOX_ESR = '/usr/bin/firefox-esr';

const binaries: Record<string, string> = {};
if (existsSync(CHROMIUM)) binaries.chrome = CHROMIUM;
if (existsSync(FIREFOX_ESR)) binaries.firefox = FIREFOX_ESR;

// Chromium refuses to start as root without --no-sandbox (containers, CI-like machines).
const chromiumArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

export default defineWebExtConfig({ binaries, chromiumArgs });
