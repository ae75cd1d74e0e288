import { render } from 'preact';
import { LibraryPage } from '@/components/library/LibraryPage';
import { requestPersistence } from '@/utils/library/db';
import { useLibrary } from '@/utils/library/use-library';
import { useTransfer } from '@/utils/library/use-transfer';
import { savedReaderUrl } from '@/utils/library/views';
import '@/components/lede.css';

function Library() {
  const state = useLibrary();
  const transfer = useTransfer(state.selected, state.setNotice);
  return <LibraryPage {...state} {...transfer} readerHref={savedReaderUrl} />;
}

void requestPersistence();
render(<Library />, document.getElementById('app')!);
