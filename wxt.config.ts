import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// LEDE_E2E=1 builds the end-to-end test flavour (`npm run build:e2e`, output in `.output/*-e2e`):
// the same extension plus a host permission for pages served on loopback, so Playwright can
// extract a tab without the toolbar click that grants `activeTab`. Never shipped.
const e2e = process.env.LEDE_E2E === '1';

// WXT lists public/icon/*.png (drawn by scripts/make-icons.ts) as the extension's icons; the
// toolbar button names them too, as Firefox otherwise shows a generic puzzle piece there.
const TOOLBAR_ICON = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  // LEDE_OUT lets two builds (say, two developers' e2e runs) not overwrite each other.
  outDir: process.env.LEDE_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    // Words from public/_locales (issue #10): English, French, German; English is the fallback.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      // Firefox has no sidePanel API: the same page is its sidebar_action.
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: e2e ? ['http://127.0.0.1/*'] : [],
    // Asked for one site at a time, at a click, never at install: a link saved without its
    // content ("Save link to Lede", imports) is read from its page the first time it is opened,
    // which needs that page's site (issue #5). MV2 lists optional origins with the permissions.
    ...(manifestVersion === 2 ? { optional_permissions: WEB_ORIGINS } : { optional_host_permissions: WEB_ORIGINS }),
    action: { default_title: '__MSG_actionTitle__', default_icon: TOOLBAR_ICON },
    // In MV2 WXT builds browser_action from the popup and would drop action's icon.
    ...(manifestVersion === 2 ? { browser_action: { default_icon: TOOLBAR_ICON } } : {}),
    // Handled in utils/background-menus.ts (COMMANDS). Save is the library's (issue #5); reader
    // and side panel are issue #10's. Chromium 156 will not assign a suggested key it uses itself,
    // and on Linux that is Alt+Shift+A B C N P R T W X Z (so not R for reader nor P for panel);
    // Firefox has no Alt+Shift key of its own (browser-sets.inc). O: open reader; D: docked
    // beside the page. Chrome takes at most 4 suggested keys.
    commands: {
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSave__' },
      'open-reader': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_commandOpenReader__' },
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_commandOpenSidePanel__' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'lede@lede.example', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
