import { describe, expect, it } from 'vitest';
import { SpeechQueue, type QueueState } from '@/utils/read-aloud/queue';
import { FakeEngine } from './fake-speech';

const ARTICLE = [
  ['One a.', 'One b.', 'One c.'],
  ['Two a.', 'Two b.'],
  ['Three a.'],
];

function setup(paragraphs: string[][] = ARTICLE) {
  const engine = new FakeEngine();
  const changes: QueueState[] = [];
  const queue = new SpeechQueue(engine, paragraphs, { lang: 'en-GB', voiceURI: 'v1', rate: 1, onChange: (s) => changes.push(s) });
  return { engine, queue, changes };
}

describe('the speech queue', () => {
  it('speaks sentence after sentence, paragraph after paragraph, one utterance each, then goes idle', () => {
    const { engine, queue, changes } = setup();
    queue.play();
    expect(queue.state).toEqual({ status: 'playing', position: { paragraph: 0, sentence: 0 } });
    for (let i = 0; i < 6; i++) engine.end();
    expect(engine.texts).toEqual(['One a.', 'One b.', 'One c.', 'Two a.', 'Two b.', 'Three a.']);
    expect(engine.spoken[0]).toMatchObject({ lang: 'en-GB', voiceURI: 'v1', rate: 1 });
    expect(queue.state).toEqual({ status: 'idle', position: { paragraph: 0, sentence: 0 } });
    expect(changes.at(-1)?.status).toBe('idle');
    // An utterance that ended by itself needs no cancel before the next.
    expect(engine.cancels).toBe(0);
  });

  it('restarts the same sentence, not the paragraph, when the speed changes mid-sentence', () => {
    const { engine, queue } = setup();
    queue.play();
    engine.end();
    engine.end(); // now on "One c."
    queue.setRate(1.5);
    expect(engine.cancels).toBe(1);
    expect(engine.last).toMatchObject({ text: 'One c.', rate: 1.5 });
    expect(queue.state.position).toEqual({ paragraph: 0, sentence: 2 });
    engine.end();
    expect(engine.last).toMatchObject({ text: 'Two a.', rate: 1.5 });
  });

  it('ignores the late end or error of a cancelled utterance', () => {
    const { engine, queue } = setup();
    queue.play();
    engine.end(); // "One b."
    queue.setRate(2);
    engine.deliverLate('end'); // Firefox: the cancelled "One b." ends now
    expect(queue.state).toEqual({ status: 'playing', position: { paragraph: 0, sentence: 1 } });
    expect(engine.texts).toEqual(['One a.', 'One b.', 'One b.']);
    queue.next();
    engine.deliverLate('error'); // Chromium: an 'interrupted' error instead
    expect(queue.state).toEqual({ status: 'playing', position: { paragraph: 1, sentence: 0 } });
    expect(engine.last?.text).toBe('Two a.');
  });

  it('pauses by cancelling, and play resumes at the paused sentence from its start', () => {
    const { engine, queue } = setup();
    queue.play();
    engine.end();
    queue.pause();
    expect(queue.state).toEqual({ status: 'paused', position: { paragraph: 0, sentence: 1 } });
    engine.deliverLate();
    expect(queue.state.status).toBe('paused');
    queue.setRate(0.8); // paused: nothing is spoken until play
    expect(engine.spoken).toHaveLength(2);
    queue.toggle();
    expect(engine.last).toMatchObject({ text: 'One b.', rate: 0.8 });
    expect(queue.state.status).toBe('playing');
  });

  it('a voice change while speaking restarts the current sentence in the new voice', () => {
    const { engine, queue } = setup();
    queue.play(1);
    queue.setVoice('v2');
    expect(engine.last).toMatchObject({ text: 'Two a.', voiceURI: 'v2' });
    queue.setVoice('v2');
    expect(engine.spoken).toHaveLength(2);
  });

  it('next goes to the start of the next paragraph; on the last one it does nothing', () => {
    const { engine, queue } = setup();
    queue.play();
    engine.end();
    queue.next();
    expect(engine.last?.text).toBe('Two a.');
    queue.next();
    queue.next();
    expect(queue.state.position).toEqual({ paragraph: 2, sentence: 0 });
    expect(engine.texts).toEqual(['One a.', 'One b.', 'Two a.', 'Three a.']);
  });

  it('previous restarts the paragraph when past its first sentence, else goes to the one before', () => {
    const { engine, queue } = setup();
    queue.play(1);
    engine.end(); // "Two b."
    queue.previous();
    expect(engine.last?.text).toBe('Two a.');
    queue.previous();
    expect(engine.last?.text).toBe('One a.');
    queue.previous(); // at the top: the first sentence again
    expect(queue.state).toEqual({ status: 'playing', position: { paragraph: 0, sentence: 0 } });
  });

  it('moves without speaking when not playing, and jumps to a paragraph', () => {
    const { engine, queue } = setup();
    queue.next();
    expect(queue.state).toEqual({ status: 'paused', position: { paragraph: 1, sentence: 0 } });
    expect(engine.spoken).toHaveLength(0);
    queue.jumpTo(2);
    queue.play();
    expect(engine.last?.text).toBe('Three a.');
    queue.jumpTo(0);
    expect(engine.last?.text).toBe('One a.');
    queue.jumpTo(9); // no such paragraph
    expect(queue.state.position.paragraph).toBe(0);
  });

  it('stop cancels and goes back to the top; a late end after it changes nothing', () => {
    const { engine, queue } = setup();
    queue.play(1);
    queue.stop();
    expect(engine.cancels).toBe(1);
    engine.deliverLate();
    expect(queue.state).toEqual({ status: 'idle', position: { paragraph: 0, sentence: 0 } });
    queue.play();
    expect(engine.last?.text).toBe('One a.');
  });

  it('an engine error pauses on the sentence, so play tries it again', () => {
    const { engine, queue } = setup();
    queue.play();
    engine.current!.onError('synthesis-failed');
    expect(queue.state).toEqual({ status: 'paused', position: { paragraph: 0, sentence: 0 } });
    queue.play();
    expect(engine.texts).toEqual(['One a.', 'One a.']);
  });

  it('skips paragraphs without sentences, and has nothing to play when all are empty', () => {
    const { engine, queue } = setup([[], ['Only.'], []]);
    queue.play();
    expect(engine.last?.text).toBe('Only.');
    engine.end();
    expect(queue.state.status).toBe('idle');
    const empty = setup([[]]);
    empty.queue.play();
    expect(empty.engine.spoken).toHaveLength(0);
    expect(empty.queue.state.status).toBe('idle');
  });
});
