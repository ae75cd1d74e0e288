import { describe, expect, it } from 'vitest';
import { failedForDisplay, startPlan } from '../../scripts/start';

describe('startPlan: how `npm start` opens the dev browser', () => {
  it('on Linux without a display, with xvfb-run, runs WXT under it', () => {
    const plan = startPlan({ platform: 'linux', env: {}, hasXvfbRun: true });
    expect(plan).toMatchObject({ kind: 'xvfb', command: 'xvfb-run', args: ['-a', 'npx', 'wxt'] });
  });

  it('on Linux without a display or xvfb-run, says how to load the build by hand', () => {
    const plan = startPlan({ platform: 'linux', env: { DISPLAY: '', PATH: '/usr/bin' }, hasXvfbRun: false });
    expect(plan.kind).toBe('manual');
    const message = plan.kind === 'manual' ? plan.message : '';
    expect(message).toContain('no display');
    expect(message).toContain('.output/chrome-mv3');
    expect(message).toContain('chrome://extensions');
    expect(message).toContain('.output/firefox-mv2/manifest.json');
    expect(message).toContain('apt-get install xvfb');
    expect(message).toContain('xvfb-run');
  });

  it('names the folder LEDE_OUT sends the build to', () => {
    const plan = startPlan({ platform: 'linux', env: { LEDE_OUT: 'out-b' }, hasXvfbRun: false });
    expect(plan.kind === 'manual' && plan.message).toContain('out-b/chrome-mv3');
  });

  it('with DISPLAY or WAYLAND_DISPLAY set, runs plain WXT', () => {
    for (const env of [{ DISPLAY: ':0' }, { WAYLAND_DISPLAY: 'wayland-0' }]) {
      expect(startPlan({ platform: 'linux', env, hasXvfbRun: true })).toEqual({ kind: 'run', command: 'npx', args: ['wxt'] });
    }
  });

  it('on macOS and Windows, runs plain WXT with no DISPLAY at all', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      expect(startPlan({ platform, env: {}, hasXvfbRun: false })).toEqual({ kind: 'run', command: 'npx', args: ['wxt'] });
    }
  });
});

describe('failedForDisplay', () => {
  it("knows WXT's errors when Chromium cannot start, and not others", () => {
    expect(failedForDisplay(' ERROR  CDP connection closed before response to Extensions.loadUnpacked')).toBe(true);
    expect(failedForDisplay('Error: read ECONNRESET\n    at Pipe.onStreamRead')).toBe(true);
    expect(failedForDisplay('[ERROR:ozone_platform_x11.cc] Missing X server or $DISPLAY')).toBe(true);
    expect(failedForDisplay('error TS2322: Type string is not assignable to type number')).toBe(false);
  });
});
