import { render } from 'preact';
import { ArticleCard } from '@/components/ArticleCard';
import { SaveControls } from '@/components/library/SaveControls';
import { Loading, NotArticle } from '@/components/NotArticle';
import { PickControls } from '@/components/PickControls';
import { canPick } from '@/components/ReadResultView';
import { useSaved } from '@/utils/library/use-saved';
import { openLibrary } from '@/utils/library/open-library';
import { openReader, openSidePanel } from '@/utils/open-views';
import { t } from '@/utils/i18n';
import { useTabRead } from '@/utils/use-tab-article';
import { usePickActions } from '@/utils/use-site-pick';
import { applyCachedSettings, useSettings } from '@/utils/use-settings';
import { recordTestErrors } from '@/utils/test-errors';
import '@/components/lede.css';

function Popup() {
  useSettings(); // the theme, live
  const { tabId, result } = useTabRead();
  const article = result?.ok ? result.article : null;
  const saved = useSaved(article);
  const pick = usePickActions(tabId, article, 'popup');
  if (!result) return <Loading />;
  if (!result.ok || tabId === null) {
    return <NotArticle message={result.ok ? t('noTab') : result.message}>{canPick(result) && <PickControls {...pick} />}</NotArticle>;
  }
  return (
    <ArticleCard
      article={result.article}
      onOpenReader={() => void openReader(tabId).then(() => window.close())}
      onOpenSidePanel={() => void openSidePanel(tabId).then(() => window.close())}
      footer={<PickControls pick={result.article.pick} {...pick} />}
    >
      <SaveControls
        state={saved.state}
        error={saved.error}
        onSave={() => void saved.save()}
        onOpenLibrary={() => void openLibrary().then(() => window.close())}
        onRemove={() => void saved.remove()}
      />
    </ArticleCard>
  );
}

if (import.meta.env.MODE === 'e2e') recordTestErrors('popup'); // tests read what it records
applyCachedSettings();
render(
  <main>
    <Popup />
  </main>,
  document.getElementById('app')!,
);
