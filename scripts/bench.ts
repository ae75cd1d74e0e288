/**
 * `npm run bench`: every benchmark, one markdown section each, printed to stdout. Numbers are
 * measured here and now; `docs/benchmarks.md` keeps the latest run with its date and machine.
 * Sections: `npm run bench -- extraction key-facts` runs only those.
 */
import { cpus, totalmem } from 'node:os';

const SECTIONS = ['extraction', 'readability-pages', 'pathological', 'fight-back', 'key-facts', 'related-links', 'library', 'bundle'] as const;

async function main(argv: string[]): Promise<void> {
  const chosen = argv.length ? SECTIONS.filter((s) => argv.includes(s)) : SECTIONS;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`# Lede benchmarks\n`);
  console.log(`${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpu} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}\n`);
  for (const name of chosen) {
    const section = (await import(`./bench/${name}.ts`)) as { run: () => Promise<string> };
    console.log(await section.run());
    console.log();
  }
}

await main(process.argv.slice(2));
