/** Benchmark section "key-facts" of `npm run bench`: returns markdown. */
export async function run(): Promise<string> {
  return '## key-facts\n\n(not measured yet)';
}
