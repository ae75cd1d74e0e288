import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPicker } from '@/utils/content-picker';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';

// "This isn't the article?" (issue #12): injected on demand by the background into the page the
// person wants to pick on, like the reading script. What is picked goes back as a message, not as
// this script's result: the person may take minutes, longer than a service worker waits.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const state = globalThis as { ledeStopPicker?: () => void };
    state.ledeStopPicker?.(); // asked twice: one picker, the newer
    const done = () => delete state.ledeStopPicker;
    state.ledeStopPicker = startPicker(document, { hint: t('pickHint') }, {
      onPick(selector) {
        done();
        void sendMessage('contentPicked', selector);
      },
      onCancel() {
        done();
        void sendMessage('pickCancelled', undefined);
      },
    });
  },
});
