// Installs the packaged extension with code-server's own `--install-extension`, once per run (keyed by the .vsix's
// content), then gives each editor a private copy of that extensions folder.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { E2EEnvironment } from './env';
import { run } from './processes';

/** Installs `env.vsix` into a fresh extensions folder (once per run) and copies it to `target`. */
export async function installExtensionInto(env: E2EEnvironment, target: string): Promise<void> {
  const template = await installedTemplate(env);
  fs.cpSync(template, target, { recursive: true });
  fs.rmSync(path.join(target, '.complete'), { force: true });
  // extensions.json records absolute locations: point them at the copy.
  const manifestFile = path.join(target, 'extensions.json');
  if (fs.existsSync(manifestFile)) {
    const entries = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Array<{ relativeLocation?: string; location?: unknown }>;
    for (const entry of entries) {
      if (!entry.relativeLocation) continue;
      const fsPath = path.join(target, entry.relativeLocation);
      entry.location = { $mid: 1, fsPath, external: `file://${fsPath}`, path: fsPath, scheme: 'file' };
    }
    fs.writeFileSync(manifestFile, JSON.stringify(entries));
  }
}

/** `publisher.name@version` lines of the extensions code-server sees in `extensionsDir`. */
export async function listExtensions(env: E2EEnvironment, extensionsDir: string, userDataDir: string): Promise<string[]> {
  const result = await run(env.codeServer, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--list-extensions', '--show-versions'], {
    timeoutMs: 60_000,
  });
  if (result.code !== 0) throw new Error(`code-server --list-extensions failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout.split('\n').map((l) => l.trim()).filter((l) => /^[\w-]+\.[\w-]+@/.test(l));
}

async function installedTemplate(env: E2EEnvironment): Promise<string> {
  const digest = createHash('sha256').update(fs.readFileSync(env.vsix)).digest('hex').slice(0, 16);
  const dir = path.join(env.runDir, `extensions-${digest}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;

  const staging = `${dir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const userData = `${staging}-user-data`;
  try {
    const result = await run(env.codeServer, ['--extensions-dir', staging, '--user-data-dir', userData, '--install-extension', env.vsix, '--force'], {
      timeoutMs: 120_000,
    });
    if (result.code !== 0 || !/successfully installed/i.test(result.stdout)) {
      throw new Error(`code-server could not install ${env.vsix} (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
    }
    fs.writeFileSync(path.join(staging, '.complete'), `${env.vsix}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
  return dir;
}
