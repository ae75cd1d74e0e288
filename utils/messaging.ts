import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReadResult } from './article';

/** Every message Lede sends, in one place. Names are verbs; payloads are typed end to end. */
export interface ProtocolMap {
  /** Popup, side panel, reader → background: the article of a tab (cached, else extracted). */
  readTab(tabId: number): ReadResult;
  /** Reader → background: the article at a URL saved as a link only, read from its page in a
   * background tab that is closed again (issue #5). */
  readUrl(url: string): ReadResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
