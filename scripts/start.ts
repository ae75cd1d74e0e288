/**
 * The last step of `npm start` (after `npm ci` and `npm run build`): WXT's dev mode, which opens
 * Chromium with Lede loaded and rebuilds on change. Chromium needs a display. On a Linux server
 * or container there is none, and WXT dies with "CDP connection closed before response to
 * Extensions.loadUnpacked", which tells no one what to do. So with no display this runs WXT on
 * a virtual screen (`xvfb-run`) when there is one, or else says how to load the build by hand
 * and exits 0, as the build did succeed. With a display it is plain `npx wxt`, as before.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type StartPlan =
  | { kind: 'run'; command: string; args: string[] }
  | { kind: 'xvfb'; command: string; args: string[]; message: string }
  | { kind: 'manual'; message: string };

export interface StartContext {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  hasXvfbRun: boolean;
}

const WXT = ['npx', 'wxt'];

/** What to do by hand, for people without a display. `outDir` is where `npm run build` put the
 * builds (LEDE_OUT, as wxt.config.ts reads it). */
export function noDisplayHelp(lead: string, outDir = '.output'): string {
  return [
    lead,
    'Load the build by hand in a browser instead (on this machine or one with a screen):',
    `  - Chrome / Chromium / Edge: chrome://extensions → Developer mode → Load unpacked → ${outDir}/chrome-mv3`,
    `  - Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${outDir}/firefox-mv2/manifest.json`,
    'Or install a virtual display, xvfb (Debian/Ubuntu: `apt-get install xvfb`), and run `npm start` again',
    '(with no display it then runs the browser under `xvfb-run`), or run `xvfb-run -a npx wxt` yourself.',
  ].join('\n');
}

/** How to start the dev browser here. Pure: the caller looks at the machine. */
export function startPlan({ platform, env, hasXvfbRun }: StartContext): StartPlan {
  // macOS and Windows always have a screen to draw on; only Linux (X11 or Wayland) may lack one.
  const hasDisplay = platform !== 'linux' || !!env.DISPLAY || !!env.WAYLAND_DISPLAY;
  const [command, ...args] = WXT as [string, ...string[]];
  if (hasDisplay) return { kind: 'run', command, args };
  const outDir = env.LEDE_OUT ?? '.output';
  if (hasXvfbRun) {
    return {
      kind: 'xvfb',
      command: 'xvfb-run',
      // -a: the first free display number, so a second run (or a CI's own Xvfb) does not clash.
      args: ['-a', ...WXT],
      message: `No display (DISPLAY and WAYLAND_DISPLAY are unset): running WXT under xvfb-run, on a virtual screen you will not see. To use Lede, load ${outDir}/chrome-mv3 by hand.`,
    };
  }
  return { kind: 'manual', message: noDisplayHelp('There is no display here (DISPLAY and WAYLAND_DISPLAY are unset), so `npm start` cannot open Chromium with Lede. The build succeeded.', outDir) };
}

/** Whether WXT's failure was the browser not starting for want of a display: the CDP error
 * (Chromium died before loading Lede), or its pipe reset when it died sooner still. */
export function failedForDisplay(output: string): boolean {
  return /CDP connection closed|Extensions\.loadUnpacked|Missing X server|cannot open display|read ECONNRESET/i.test(output);
}

/** `name` is an executable file in one of the PATH's folders. */
function onPath(name: string, path = process.env.PATH ?? ''): boolean {
  return path.split(delimiter).some((dir) => {
    try {
      accessSync(join(dir || '.', name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Runs the plan with the terminal's stdout, and its stderr teed to ours and kept (the end of
 * it) to tell a missing display from another failure. Resolves the exit code. */
function run(plan: Exclude<StartPlan, { kind: 'manual' }>): Promise<{ code: number; stderr: string }> {
  // Under xvfb-run, WXT and Xvfb are children of the xvfb-run shell, which on a signal dies alone
  // and leaves them running: so they get a process group of their own, stopped as one. Such a
  // group may not read the terminal; nor is there a browser to see for WXT's "o + enter".
  const group = plan.kind === 'xvfb';
  const child = spawn(plan.command, plan.args, {
    stdio: [group ? 'ignore' : 'inherit', 'inherit', 'pipe'],
    detached: group,
    shell: process.platform === 'win32',
  });
  const signal = (name: NodeJS.Signals) => {
    try {
      if (group && child.pid) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // Already gone.
    }
  };
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  // Whatever stops this script asks WXT to stop with SIGINT: then it closes its browser, where on
  // SIGTERM it dies and leaves Chromium running. Until WXT is done this script stays, so WXT's
  // last words still reach a stderr. (A terminal's Ctrl+C reaches plain WXT twice; no harm.)
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.on(name, () => signal('SIGINT'));
  return new Promise((done) => {
    child.on('error', (error) => done({ code: 1, stderr: String(error) }));
    child.on('close', (code, killed) => {
      if (group) signal('SIGTERM'); // an Xvfb left behind by an xvfb-run that died on a signal
      done({ code: code ?? (killed ? 1 : 0), stderr });
    });
  });
}

async function main(): Promise<number> {
  const plan = startPlan({ platform: process.platform, env: process.env, hasXvfbRun: process.platform === 'linux' && onPath('xvfb-run') });
  if (plan.kind === 'manual') {
    console.log(`\n${plan.message}`);
    return 0;
  }
  if (plan.kind === 'xvfb') console.log(plan.message);
  const { code, stderr } = await run(plan);
  if (code !== 0 && process.platform === 'linux' && failedForDisplay(stderr)) {
    const lead = 'Chromium could not start here: this display does not work for it (or there is none), so Lede was not loaded. The build succeeded.';
    console.error(`\n${noDisplayHelp(lead, process.env.LEDE_OUT ?? '.output')}`);
  }
  return code;
}

// Only when run as a script (`tsx scripts/start.ts`), not when the unit test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
