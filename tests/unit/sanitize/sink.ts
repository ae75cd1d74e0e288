import { JSDOM } from 'jsdom';
import { findProblems } from './find-problems';

let sinkPage: JSDOM | null = null;
let alerted = false;

/**
 * Puts `html` where the reader puts it (innerHTML in a page with scripting on, where `noscript`
 * holds raw text and a handler that gets through runs) and lists every way it could still be
 * dangerous (`findProblems`, which parses it once more too). An empty list is safe.
 */
export function problems(html: string): string[] {
  if (!sinkPage) {
    sinkPage = new JSDOM('<!doctype html><body><div id="sink"></div>', { runScripts: 'dangerously' });
    sinkPage.window.alert = () => {
      alerted = true;
    };
  }
  alerted = false;
  const sink = sinkPage.window.document.getElementById('sink')!;
  sink.innerHTML = html;
  const found = findProblems(sink);
  if (alerted) found.push('alert() ran');
  sink.innerHTML = '';
  return found;
}
