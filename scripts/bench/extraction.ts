/** Benchmark section "extraction" of `npm run bench`: returns markdown. */
export async function run(): Promise<string> {
  return '## extraction\n\n(not measured yet)';
}
