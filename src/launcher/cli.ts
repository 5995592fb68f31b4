// dist/cli.js: the agent-guard command. Loads the real CLI bundle (dist/cli-main.js) with a V8 code cache kept beside
// it, so a cold start (an agent hook with no editor running) costs little more than Node's own start: compiling a
// few hundred KB of JavaScript is otherwise most of the time. Kept tiny and dependency-free on purpose.
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

const mainPath = path.join(__dirname, 'cli-main.js');
const source = fs.readFileSync(mainPath, 'utf8');
// The cache is only valid for this exact bundle and this V8: both are in its name.
const cacheFile = path.join(__dirname, '.cache', `cli-main-${process.versions.v8}-${source.length}-${fs.statSync(mainPath).mtimeMs}.v8`);

let cachedData: Buffer | undefined;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}

const script = new vm.Script(Module.wrap(source), { filename: mainPath, cachedData });
const mainModule = new Module(mainPath, module);
mainModule.filename = mainPath;
mainModule.paths = module.paths;
const run = script.runInThisContext() as (...args: unknown[]) => void;
run.call(mainModule.exports, mainModule.exports, Module.createRequire(mainPath), mainModule, mainPath, __dirname);

if (cachedData === undefined || script.cachedDataRejected) {
  // Written after the run so the functions the run compiled are in it. A read-only install just runs uncached.
  process.once('exit', () => {
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, script.createCachedData());
      fs.renameSync(temporary, cacheFile);
      // Caches of earlier bundles or runtimes are dead weight.
      for (const old of fs.readdirSync(path.dirname(cacheFile))) {
        if (old.startsWith('cli-main-') && old !== path.basename(cacheFile) && !old.endsWith('.tmp')) fs.rmSync(path.join(path.dirname(cacheFile), old), { force: true });
      }
    } catch {
      // No cache this time; correctness does not depend on it.
    }
  });
}

(mainModule.exports as { run(): void }).run();
