import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage, readMessages } from './fake-i18n';

const english = fakeGetMessage(readMessages('en'));

beforeEach(() => {
  fakeBrowser.reset();
  // The UI's words come from _locales through browser.i18n, which the fake browser lacks.
  fakeBrowser.i18n.getMessage = english as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});
