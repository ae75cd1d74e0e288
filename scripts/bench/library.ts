/** Benchmark section "library" of `npm run bench`: returns markdown. */
export async function run(): Promise<string> {
  return '## library\n\n(not measured yet)';
}
