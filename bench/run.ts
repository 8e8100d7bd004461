/**
 * `npm run bench`: runs every engine benchmark in turn and prints a PASS/FAIL summary. Each suite
 * exports a function returning its checks (or a promise of them); add new ones to SUITES.
 * Figures are measured in this run only; no timing is asserted in unit tests.
 */
import os from 'node:os';
import { runContagionBench, type BenchCheck } from './contagion.ts';
import { runGraphViewBench } from './graph-view.ts';
import { runAvailabilityBench } from './availability.ts';
import { runFormatsBench } from './formats.ts';
import { runScaleBench } from './scale.ts';

const SUITES: { name: string; run: () => BenchCheck[] | Promise<BenchCheck[]> }[] = [
  { name: 'contagion', run: () => runContagionBench() },
  { name: 'availability', run: () => runAvailabilityBench() },
  { name: 'graph-view', run: () => runGraphViewBench() },
  { name: 'formats', run: () => runFormatsBench() },
  { name: 'scale', run: () => runScaleBench() },
];
// `npm run bench -- scale formats` runs only the suites named.
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('--'));

console.log(`node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM\n`);
const results: { suite: string; check: BenchCheck }[] = [];
for (const suite of SUITES.filter((s) => chosen.length === 0 || chosen.includes(s.name))) {
  for (const check of await suite.run()) results.push({ suite: suite.name, check });
}
console.log('\n# Summary');
for (const { suite, check } of results) console.log(`${check.pass ? 'PASS' : 'FAIL'}  [${suite}] ${check.name}: ${check.detail}`);
const failed = results.filter((r) => !r.check.pass).length;
console.log(failed === 0 ? '\nAll checks passed.' : `\n${failed} check(s) failed.`);
// Timings on a shared machine are noisy: report, but only fail the process when asked (--strict).
if (failed > 0 && process.argv.includes('--strict')) process.exitCode = 1;
