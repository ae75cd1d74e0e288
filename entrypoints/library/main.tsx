import { render } from 'preact';
import { LibraryPage } from '@/components/library/LibraryPage';
import { requestPersistence } from '@/utils/library/db';
import { useLibrary } from '@/utils/library/use-library';
import { useTransfer } from '@/utils/library/use-transfer';
import { savedReaderUrl } from '@/utils/library/open-library';
import { applyCachedSettings, useSettings } from '@/utils/use-settings';
import { recordTestErrors } from '@/utils/test-errors';
import '@/components/lede.css';

function Library() {
  useSettings(); // the theme, live
  const state = useLibrary();
  const transfer = useTransfer(state.selected, state.setNotice);
  return <LibraryPage {...state} {...transfer} readerHref={savedReaderUrl} />;
}

if (import.meta.env.MODE === 'e2e') recordTestErrors('library'); // tests read what it records
applyCachedSettings();
void requestPersistence();
render(<Library />, document.getElementById('app')!);
