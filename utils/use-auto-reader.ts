import { useEffect, useState } from 'preact/hooks';
import type { AutoReaderSwitchProps } from '@/components/AutoReaderSwitch';
import { autoReaderSites, turnOffAutoReader, turnOnAutoReader, watchAutoReaderSites } from './auto-reader';
import { hostOf, webOrigin } from './url';
import { t } from './i18n';

/**
 * The reader's "Always open the reader on this site" switch for the article at `url` (issue #10),
 * kept live (another reader tab may change it); null when `url` is not a web page. Turning it on
 * asks the browser for that one site within the click; refused, it stays off and says why.
 */
export function useAutoReader(url: string | null): AutoReaderSwitchProps | null {
  const origin = url ? webOrigin(url) : null;
  const [on, setOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!origin) return;
    let live = true;
    void autoReaderSites().then((sites) => live && setOn(sites.includes(origin)));
    const unwatch = watchAutoReaderSites((sites) => live && setOn(sites.includes(origin)));
    return () => {
      live = false;
      unwatch();
    };
  }, [origin]);

  if (!url || !origin) return null;
  const site = hostOf(url);
  const onToggle = (next: boolean) => {
    // turnOnAutoReader asks for the permission first thing: nothing may be awaited before it.
    const change = next
      ? turnOnAutoReader(url).then((granted) => {
          setOn(granted);
          if (!granted) setError(t('autoReaderRefused', site));
        })
      : turnOffAutoReader(url).then(() => setOn(false));
    // The box shows what was asked for while the browser answers, not a flicker back.
    setOn(next);
    setError(null);
    setBusy(true);
    void change.catch((e: Error) => setError(t('autoReaderFailed', e.message))).finally(() => setBusy(false));
  };
  return { site, on, busy, error, onToggle };
}
