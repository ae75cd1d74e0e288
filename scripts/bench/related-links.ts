/** Benchmark section "related-links" of `npm run bench`: returns markdown. */
export async function run(): Promise<string> {
  return '## related-links\n\n(not measured yet)';
}
