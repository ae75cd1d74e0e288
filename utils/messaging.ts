import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReadResult } from './article';

/** Every message Lede sends, in one place. Names are verbs; payloads are typed end to end. */
export interface ProtocolMap {
  /** Popup, side panel, reader → background: the article of a tab (cached, else extracted). */
  readTab(tabId: number): ReadResult;
  /** Reader → background: the article at a URL saved as a link only, read from its page in a
   * background tab that is closed again (issue #5). */
  readUrl(url: string): ReadResult;
  /** Popup, side panel, reader → background: let the person pick the article on the tab's page
   * (issue #12). Resolves null once the picker runs, else why it cannot. */
  pickContent(request: PickRequest): string | null;
  /** Picker (in the page) → background: the selector of the block picked as the article. */
  contentPicked(selector: string): void;
  /** Picker → background: the person gave up (Esc). */
  pickCancelled(): void;
  /** Views → background: forget the block picked for the site of `url`, and read `tabId` again. */
  forgetPick(request: { tabId: number; url: string }): void;
}

/** Where the person asked to pick from: the view to show them once they have picked. */
export interface PickRequest {
  tabId: number;
  /** 'popup': open the reader; 'panel': the side panel beside the page reads it again; a
   * number: the reader tab to go back to. */
  from: 'popup' | 'panel' | number;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
