// dist/cli.js: the agent-guard command. Loads the real CLI bundle (dist/cli-main.js) with a V8 code cache kept beside
// it, so a cold start (an agent hook with no editor running) does not compile a few hundred KB of JavaScript again.
// Kept tiny and dependency-free on purpose: every module it loads is paid by every start. It loads node:vm and nothing
// else (node:module alone would cost half a millisecond), so it wraps and runs the bundle itself, the way Node's
// CommonJS loader would.
// `import x = require()`: plain requires, without the bundler's ES-module interop copying every export of node:fs.
import fs = require('node:fs');
import path = require('node:path');
import vm = require('node:vm');

const mainPath = path.join(__dirname, 'cli-main.js');
const fd = fs.openSync(mainPath, 'r');
const { size, mtimeMs } = fs.fstatSync(fd);
const source = fs.readFileSync(fd, 'utf8');
fs.closeSync(fd);
// The cache is only valid for this exact bundle and this V8: both are in its name (V8 itself checks little more than
// the source's length, so a rebuilt bundle of the same length must not find the old cache).
const cacheDir = path.join(__dirname, '.cache');
const cacheFile = path.join(cacheDir, `cli-main-${process.versions.v8}-${size}-${mtimeMs}.v8`);

let cachedData: Buffer | undefined;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}

const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: mainPath, cachedData });
// The bundle requires only Node's own modules (everything else is bundled in), which this module's require serves.
const mainModule = { exports: {} as { run(): void } };
(script.runInThisContext() as (...args: unknown[]) => void).call(mainModule.exports, mainModule.exports, require, mainModule, mainPath, __dirname);

if (cachedData === undefined || script.cachedDataRejected) {
  // Written after the run so the functions the run compiled are in it. A read-only install just runs uncached.
  process.once('exit', () => {
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, script.createCachedData());
      fs.renameSync(temporary, cacheFile);
      // Caches of earlier bundles or runtimes are dead weight.
      for (const old of fs.readdirSync(cacheDir)) {
        if (old.startsWith('cli-main-') && old !== path.basename(cacheFile) && !old.endsWith('.tmp')) fs.rmSync(path.join(cacheDir, old), { force: true });
      }
    } catch {
      // No cache this time; correctness does not depend on it.
    }
  });
}

mainModule.exports.run();
