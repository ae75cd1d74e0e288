/** Benchmark section "bundle" of `npm run bench`: returns markdown. */
export async function run(): Promise<string> {
  return '## bundle\n\n(not measured yet)';
}
