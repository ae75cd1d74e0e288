/** Production or e2e builds of the Chrome extension for the benchmarks, in an output folder of
 * their own (`LEDE_OUT`), so a bench never overwrites anyone's `.output`. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './devset';

/** Where the benchmarks build, unless `LEDE_BENCH_OUT` names a folder that already holds builds. */
export const BENCH_OUT = resolve(REPO_ROOT, process.env.LEDE_BENCH_OUT ?? '.output-bench');

/**
 * The Chrome build's folder (`chrome-mv3`, or `chrome-mv3-e2e` with the loopback host
 * permission the browser bench needs). With `LEDE_BENCH_OUT` set, an existing build is used as
 * is; otherwise it is built now (a few seconds).
 */
export function chromeBuild(flavour: 'production' | 'e2e'): string {
  const dir = join(BENCH_OUT, flavour === 'e2e' ? 'chrome-mv3-e2e' : 'chrome-mv3');
  if (process.env.LEDE_BENCH_OUT && existsSync(join(dir, 'manifest.json'))) return dir;
  const args = ['wxt', 'build', ...(flavour === 'e2e' ? ['--mode', 'e2e'] : [])];
  const env = { ...process.env, LEDE_OUT: BENCH_OUT, NODE_ENV: 'production', LEDE_E2E: flavour === 'e2e' ? '1' : '' };
  const built = spawnSync('npx', args, { cwd: REPO_ROOT, env, encoding: 'utf8' });
  if (built.status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`build failed (npx ${args.join(' ')}): ${(built.stderr || built.stdout).slice(-500)}`);
  }
  return dir;
}
