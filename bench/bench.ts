// `npm run bench`: prints every speed and memory figure the issues ask for. Figures only; no pass/fail on time.
import { benchEngine } from './engine';
import { benchHooks } from './hooks';
import { benchScan } from './scan';
import { benchTerminalGate } from './terminal-gate';

async function main(): Promise<void> {
  console.log(`Agent Guard benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
  await benchEngine();
  await benchHooks();
  await benchScan();
  await benchTerminalGate();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
