import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { aiAvailability, aiKeyPoints, type AiAvailability } from './ai';

export interface AiKeyPointsState {
  availability: AiAvailability | null;
  status: 'idle' | 'downloading' | 'running' | 'done' | 'error';
  /** 0 to 1 while the model downloads. */
  progress: number;
  points: string[];
  dropped: number;
  error?: string;
}

/** The side panel's AI key points for `text` (in `lang`): availability on mount, a run on
 * `start()`, which must come from a click (a model download needs a user activation). */
export function useAiKeyPoints(text: string, lang?: string | null, scope: object = globalThis): AiKeyPointsState & { start: () => void } {
  const [state, setState] = useState<AiKeyPointsState>({ availability: null, status: 'idle', progress: 0, points: [], dropped: 0 });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    void aiAvailability(scope, lang).then((availability) => live && setState((s) => ({ ...s, availability })));
    return () => {
      live = false;
      abort.current?.abort();
    };
  }, [scope, lang]);

  const start = useCallback(() => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState((s) => ({ ...s, status: s.availability === 'available' ? 'running' : 'downloading', progress: 0, points: [], dropped: 0, error: undefined }));
    aiKeyPoints(text, {
      scope,
      lang,
      signal: controller.signal,
      onProgress: (progress) => setState((s) => ({ ...s, status: progress >= 1 ? 'running' : 'downloading', progress })),
      onPoint: (point) => setState((s) => ({ ...s, status: 'running', points: [...s.points, point] })),
    }).then(
      (result) => {
        if (!controller.signal.aborted) {
          setState((s) => ({ ...s, availability: 'available', status: 'done', points: result.points, dropped: result.dropped.length }));
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, status: 'error', error: (error as Error).message }));
      },
    );
  }, [text, lang, scope]);

  return { ...state, start };
}
