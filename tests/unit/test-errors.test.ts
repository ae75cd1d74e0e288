import { describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { recordTestErrors, TEST_ERRORS_KEY, type TestError } from '@/utils/test-errors';

/** The e2e build's recorder (issue #16): what it stores is what tests/e2e/harness.ts reads. */
describe('recordTestErrors', () => {
  const stored = () => storage.getItem<TestError[]>(`local:${TEST_ERRORS_KEY}`, { fallback: [] });

  it('appends uncaught errors and unhandled rejections', async () => {
    recordTestErrors('popup');
    window.dispatchEvent(new ErrorEvent('error', { message: 'Uncaught Error: boom', error: new Error('boom') }));
    const rejection = new Event('unhandledrejection');
    Object.assign(rejection, { reason: new TypeError('x is undefined') });
    window.dispatchEvent(rejection);
    await vi.waitFor(async () => expect(await stored()).toHaveLength(2));
    expect(await stored()).toEqual([
      expect.objectContaining({ context: 'popup', message: 'Uncaught Error: boom', stack: expect.stringContaining('boom') }),
      expect.objectContaining({ context: 'popup', message: 'Unhandled rejection: TypeError: x is undefined' }),
    ]);
  });

  it('keeps the newest 50', async () => {
    recordTestErrors('reader');
    for (let i = 0; i < 60; i++) window.dispatchEvent(new ErrorEvent('error', { message: `error ${i}` }));
    await vi.waitFor(async () => expect((await stored()).at(-1)?.message).toBe('error 59'));
    expect(await stored()).toHaveLength(50);
  });
});
