// Drives a real VS Code for end-to-end tests: code-server (VS Code's server and web workbench) with the packaged
// extension installed, opened in Debian's Chromium through playwright-core. See scripts/e2e/run.js for how a run is
// set up, and smoke.test.ts for an example.
//
//   test('shows the badge', { skip: e2eSkipReason() }, async () => {
//     await withEditor({ files: { '.vscode/settings.json': '{"agentGuard.environment":"production"}' } }, async (vs) => {
//       await vs.statusBarItem(/PRODUCTION/);
//     });
//   });
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { parse as parseJsonc } from 'jsonc-parser';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { e2eEnvironment, type E2EEnvironment } from './support/env';
import { installExtensionInto, listExtensions } from './support/extensions';
import { freePort, GiveUp, startDaemon, stopDaemon, waitFor } from './support/processes';

export { e2eSkipReason } from './support/env';
export { waitFor } from './support/processes';

/** Generous but bounded: a cold workbench on a 2-core machine takes a while. */
export const TIMEOUTS = { start: 120_000, ui: 30_000, terminal: 30_000 } as const;

export interface StartOptions {
  /** Folder to open. When omitted, a temporary folder is made from `files` and removed by `stop()`. */
  workspace?: string;
  /** Files to write into the workspace before start, by relative path (text content). */
  files?: Record<string, string>;
  /** Merged into `<workspace>/.vscode/settings.json`. */
  settings?: Record<string, unknown>;
  /** Merged over the harness's user settings (no welcome page, no telemetry, DOM terminal renderer, …). */
  userSettings?: Record<string, unknown>;
  /** Default terminal profile, e.g. 'bash' or 'zsh' (terminal.integrated.defaultProfile.linux). Default 'bash'. */
  terminalProfile?: string;
  /** Extra environment for code-server, and so for the extension host and terminals. HOME is a fresh folder unless set here. */
  env?: Record<string, string>;
  /** Names this editor's artifacts folder (screenshots, logs). Default `editor-<n>`. */
  name?: string;
  /** Install the packaged extension (default true). */
  installExtension?: boolean;
}

/** The VS Code dialog (`.monaco-dialog-box`), e.g. a modal `showWarningMessage`. */
export interface Modal {
  readonly locator: Locator;
  message(): Promise<string>;
  detail(): Promise<string>;
  /** Button labels, in screen order. */
  buttons(): Promise<string[]>;
  /** Clicks the button whose label is exactly `label` and waits for the dialog to close. */
  click(label: string): Promise<void>;
  /** Types into the dialog's input box, when it has one. */
  type(text: string): Promise<void>;
  /** Presses Escape (a dismissal) and waits for the dialog to close. */
  dismiss(): Promise<void>;
}

/** The quick input widget (input box or quick pick). */
export interface QuickInput {
  readonly locator: Locator;
  title(): Promise<string>;
  /** The prompt or validation message under the input. */
  message(): Promise<string>;
  placeholder(): Promise<string>;
  value(): Promise<string>;
  /** Replaces the input's text. */
  type(text: string): Promise<void>;
  /** Presses Enter. */
  accept(): Promise<void>;
  /** Labels of the visible items (quick pick). */
  items(): Promise<string[]>;
  /** Clicks the item whose label is exactly `label`. */
  pick(label: string): Promise<void>;
  cancel(): Promise<void>;
}

export interface Editor {
  readonly page: Page;
  readonly browser: Browser;
  readonly url: string;
  readonly workspace: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly home: string;
  /** The editor's private channel directory (AGENT_GUARD_CHANNEL_DIR), where its window record is. */
  readonly channelDir: string;
  readonly artifactsDir: string;
  /** Waits for a status bar item whose text matches, and returns it. */
  statusBarItem(text: RegExp, timeoutMs?: number): Promise<Locator>;
  /** Runs a command by its palette title, e.g. 'Terminal: Create New Terminal'. */
  runCommand(title: string): Promise<void>;
  /** Opens a new terminal (default profile, or the named profile) and waits for its prompt. */
  openTerminal(shell?: string): Promise<void>;
  /** Types a line into the focused terminal and presses Enter. */
  typeInTerminal(line: string): Promise<void>;
  /** The visible text of the active terminal, lines joined by \n, trailing blanks trimmed. */
  terminalText(): Promise<string>;
  /** Waits until the active terminal's text matches; returns the text. */
  waitForTerminalText(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Waits for the VS Code dialog. */
  modal(timeoutMs?: number): Promise<Modal>;
  /** Waits for the quick input widget. */
  quickInput(timeoutMs?: number): Promise<QuickInput>;
  /** Texts of the notification toasts on screen. */
  notifications(): Promise<string[]>;
  /** `publisher.name@version` of the extensions installed in this editor. */
  listExtensions(): Promise<string[]>;
  /** Concatenated extension host log(s) of this editor (what the extension and VS Code logged there). */
  extensionHostLog(): string;
  /** Waits until the extension host log says the extension was activated; throws if its activation failed. */
  waitForActivation(extensionId?: string, timeoutMs?: number): Promise<void>;
  /** Saves a PNG of the page into the artifacts folder; returns its path. */
  screenshot(name: string): Promise<string>;
  /** Closes the browser, ends code-server's process group, removes temporary folders. Safe to call twice. */
  stop(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const BASE_USER_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  // The DOM renderer keeps the terminal's text in `.xterm-rows`, where terminalText() reads it.
  'terminal.integrated.gpuAcceleration': 'off',
  'terminal.integrated.enablePersistentSessions': false,
  'terminal.integrated.showExitAlert': false,
  'terminal.integrated.suggest.enabled': false,
};

/** The extension under test, as `publisher.name`. */
export const EXTENSION_ID = 'agent-guard.agent-guard';

let editorCount = 0;

/** Starts code-server with the extension installed, opens the workspace in Chromium, waits for the workbench. */
export async function startEditor(options: StartOptions = {}): Promise<Editor> {
  const env = e2eEnvironment();
  const name = slug(options.name ?? `editor-${++editorCount}`);
  const artifactsDir = path.join(env.artifacts, name);
  fs.rmSync(artifactsDir, { recursive: true, force: true });
  fs.mkdirSync(artifactsDir, { recursive: true });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-guard-e2e-'));
  const state: State = { root, artifactsDir, stopped: false };
  try {
    return await start(env, options, state);
  } catch (error) {
    await cleanUp(state, 'start-failed');
    throw error;
  }
}

/** Starts an editor, runs `body`, and always stops it; on failure saves a screenshot (`failure.png`) first. */
export async function withEditor<T>(options: StartOptions, body: (vs: Editor) => Promise<T>): Promise<T> {
  const vs = await startEditor(options);
  try {
    return await body(vs);
  } catch (error) {
    await vs.screenshot('failure').catch(() => undefined);
    console.error(`[e2e] failed: screenshot and VS Code logs in ${vs.artifactsDir}`);
    throw error;
  } finally {
    await vs.stop();
  }
}

interface State {
  root: string;
  artifactsDir: string;
  stopped: boolean;
  server?: ChildProcess;
  browser?: Browser;
  userDataDir?: string;
}

async function start(env: E2EEnvironment, options: StartOptions, state: State): Promise<Editor> {
  const workspace = options.workspace ?? path.join(state.root, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  for (const [relative, text] of Object.entries(options.files ?? {})) {
    const file = path.join(workspace, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  if (options.settings) mergeJsonFile(path.join(workspace, '.vscode', 'settings.json'), options.settings);

  const userDataDir = path.join(state.root, 'user-data');
  const extensionsDir = path.join(state.root, 'extensions');
  const home = path.join(state.root, 'home');
  state.userDataDir = userDataDir;
  for (const dir of [userDataDir, extensionsDir, home]) fs.mkdirSync(dir, { recursive: true });
  // zsh asks first-run questions without a .zshrc; bash is quieter with its own.
  fs.writeFileSync(path.join(home, '.zshrc'), '# agent-guard e2e\n');
  fs.writeFileSync(path.join(home, '.bashrc'), '# agent-guard e2e\n');
  mergeJsonFile(userSettingsFile(userDataDir), {
    ...BASE_USER_SETTINGS,
    'terminal.integrated.defaultProfile.linux': options.terminalProfile ?? 'bash',
    ...options.userSettings,
  });
  if (options.installExtension !== false) await installExtensionInto(env, extensionsDir);

  const port = await freePort();
  // Each editor gets its own channel directory: a code-server killed at the end of a test never removes its record,
  // and records left in the machine's shared directory would be read by every later hook and terminal.
  const channelDir = options.env?.AGENT_GUARD_CHANNEL_DIR ?? path.join(state.root, 'channel');
  const serverEnv = serverEnvironment(home, { AGENT_GUARD_CHANNEL_DIR: channelDir, ...options.env });
  state.server = startDaemon(
    env.codeServer,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--config', path.join(state.root, 'code-server.yaml'),
      workspace,
    ],
    { env: serverEnv, cwd: workspace, logFile: path.join(state.artifactsDir, 'code-server.log') },
  );
  const server = state.server;
  const base = `http://127.0.0.1:${port}`;
  await waitFor('code-server to answer HTTP', async () => {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}; see ${path.join(state.artifactsDir, 'code-server.log')}`);
    const response = await fetch(`${base}/healthz`);
    return response.ok ? true : undefined;
  }, TIMEOUTS.start);

  state.browser = await chromium.launch({ executablePath: env.chromium, headless: true, args: CHROMIUM_ARGS });
  const context = await state.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUTS.ui);
  const url = `${base}/?folder=${encodeURIComponent(workspace)}`;
  await page.goto(url, { timeout: TIMEOUTS.start });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: TIMEOUTS.start });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: TIMEOUTS.start });

  return makeEditor(env, state, { page, browser: state.browser, url, workspace, userDataDir, extensionsDir, home, channelDir });
}

function makeEditor(
  env: E2EEnvironment,
  state: State,
  base: { page: Page; browser: Browser; url: string; workspace: string; userDataDir: string; extensionsDir: string; home: string; channelDir: string },
): Editor {
  const { page } = base;
  const quickInputWidget = page.locator('.quick-input-widget');

  const editor: Editor = {
    ...base,
    artifactsDir: state.artifactsDir,

    async statusBarItem(text, timeoutMs = TIMEOUTS.ui) {
      const item = page.locator('.part.statusbar .statusbar-item').filter({ hasText: text }).first();
      await item.waitFor({ state: 'visible', timeout: timeoutMs }).catch(async (error: Error) => {
        const seen = await page.locator('.part.statusbar .statusbar-item').allInnerTexts().catch(() => []);
        throw new Error(`no status bar item matching ${text} within ${timeoutMs} ms; status bar shows: ${JSON.stringify(seen.map((s) => s.trim()).filter(Boolean))}\n${error.message}`);
      });
      return item;
    },

    async runCommand(title) {
      // The palette can lose focus (and close) when a terminal or dialog grabs it at the wrong moment: try again.
      for (let attempt = 1; ; attempt++) {
        try {
          await openCommandPalette(page);
          await quickInputWidget.locator('input.input').first().fill(`>${title}`, { timeout: 5_000 });
          await pickQuickInputRow(page, title);
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      // The palette closes, or turns into the command's own input box / pick (same widget, new content).
      const paletteInput = quickInputWidget.locator('input.input').first();
      await waitFor('the command palette to close', async () => {
        if (!(await quickInputWidget.isVisible())) return true;
        return (await paletteInput.inputValue()) !== `>${title}` ? true : undefined;
      }, 10_000).catch(() => undefined);
    },

    async openTerminal(shell) {
      const terminals = page.locator('.xterm-helper-textarea');
      const before = await terminals.count();
      if (shell) {
        await editor.runCommand('Terminal: Create New Terminal (With Profile)');
        // The profile list draws no rows until it is filtered (code-server 4.139, headless): type, then pick.
        const picker = await editor.quickInput();
        await picker.type(shell);
        await picker.pick(shell);
      } else {
        await editor.runCommand('Terminal: Create New Terminal');
      }
      await waitFor('a new terminal', async () => ((await terminals.count()) > before ? true : undefined), TIMEOUTS.terminal);
      if (shell) {
        // Its accessible name is "Terminal <n>, <profile>" once the process is known.
        let name = '';
        await waitFor(`a ${shell} terminal`, async () => {
          name = ((await terminals.last().getAttribute('aria-label')) ?? '').split('\n')[0];
          return name.endsWith(`, ${shell}`) ? true : undefined;
        }, 10_000).catch(() => {
          throw new Error(`asked for a ${shell} terminal, got "${name}"`);
        });
      }
      await waitFor('the terminal prompt', async () => ((await editor.terminalText()).trim().length > 0 ? true : undefined), TIMEOUTS.terminal);
    },

    async typeInTerminal(line) {
      await focusActiveTerminal(page);
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    },

    terminalText: () => activeTerminalText(page),

    async waitForTerminalText(pattern, timeoutMs = TIMEOUTS.terminal) {
      let last = '';
      try {
        return await waitFor(`terminal text matching ${pattern}`, async () => {
          last = await activeTerminalText(page);
          return pattern.test(last) ? last : undefined;
        }, timeoutMs);
      } catch (error) {
        throw new Error(`${(error as Error).message}; the terminal shows:\n${last}`);
      }
    },

    async modal(timeoutMs = TIMEOUTS.ui) {
      const box = page.locator('.monaco-dialog-box').last();
      await box.waitFor({ state: 'visible', timeout: timeoutMs });
      return makeModal(page, box);
    },

    async quickInput(timeoutMs = TIMEOUTS.ui) {
      await quickInputWidget.waitFor({ state: 'visible', timeout: timeoutMs });
      return makeQuickInput(page, quickInputWidget);
    },

    async notifications() {
      const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
      return toasts.map((t) => t.trim());
    },

    listExtensions: () => listExtensions(env, base.extensionsDir, path.join(state.root, 'list-user-data')),

    extensionHostLog: () => readExtensionHostLogs(base.userDataDir),

    async waitForActivation(extensionId = EXTENSION_ID, timeoutMs = TIMEOUTS.start) {
      const activated = `_doActivateExtension ${extensionId},`;
      const failed = `Activating extension ${extensionId} failed`;
      await waitFor(`${extensionId} to activate`, async () => {
        const log = readExtensionHostLogs(base.userDataDir);
        if (log.includes(failed)) {
          const at = log.indexOf(failed);
          throw new GiveUp(`${extensionId} failed to activate:\n${log.slice(at, at + 2_000)}`);
        }
        // The line is written when activation starts; an error in activate() is logged right after it.
        return log.includes(activated) ? true : undefined;
      }, timeoutMs);
    },

    async screenshot(name) {
      const file = path.join(state.artifactsDir, `${slug(name)}.png`);
      await page.screenshot({ path: file });
      return file;
    },

    stop: () => cleanUp(state, 'stop'),
  };
  return editor;
}

async function openCommandPalette(page: Page): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  if (await widget.isVisible()) {
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
  await page.keyboard.press('F1');
  try {
    await widget.waitFor({ state: 'visible', timeout: 5_000 });
  } catch {
    // F1 can be swallowed while the workbench is still settling: try the other binding once.
    await page.keyboard.press('Control+Shift+P');
    await widget.waitFor({ state: 'visible' });
  }
}

function makeModal(page: Page, box: Locator): Modal {
  const closed = () => box.waitFor({ state: 'detached' });
  return {
    locator: box,
    message: async () => (await box.locator('.dialog-message-text').innerText()).trim(),
    detail: async () => {
      const detail = box.locator('.dialog-message-detail');
      return (await detail.count()) > 0 ? (await detail.innerText()).trim() : '';
    },
    buttons: async () => (await box.locator('.dialog-buttons .monaco-button').allInnerTexts()).map((t) => t.trim()),
    async click(label) {
      const button = box.locator('.dialog-buttons .monaco-button').filter({ hasText: exactly(label) }).first();
      await button.click();
      await closed();
    },
    async type(text) {
      await box.locator('.dialog-message-input input').fill(text);
    },
    async dismiss() {
      await page.keyboard.press('Escape');
      await closed();
    },
  };
}

function makeQuickInput(page: Page, widget: Locator): QuickInput {
  const input = widget.locator('input.input').first();
  const textOf = async (selector: string) => {
    const part = widget.locator(selector).first();
    return (await part.count()) > 0 && (await part.isVisible()) ? (await part.innerText()).trim() : '';
  };
  return {
    locator: widget,
    title: () => textOf('.quick-input-title'),
    message: () => textOf('.quick-input-message'),
    placeholder: async () => (await input.getAttribute('placeholder')) ?? '',
    value: () => input.inputValue(),
    type: (text) => input.fill(text),
    accept: () => input.press('Enter'),
    items: async () => (await widget.locator('.monaco-list-row .label-name').allInnerTexts()).map((t) => t.trim()),
    pick: (label) => pickQuickInputRow(page, label),
    cancel: () => input.press('Escape'),
  };
}

// Runs in the page: the index of the quick input row labelled `label` — exactly, or (for a command listed without
// its category, as under "similar commands") `label` is "<Category>: <row label>" — or, for a command id, the row
// of that command; -1 when none.
const FIND_QUICK_INPUT_ROW = String.raw`((label) => {
  const rows = Array.from(document.querySelectorAll('.quick-input-widget .monaco-list-row'));
  const info = rows.map((row) => ({
    index: Number(row.getAttribute('data-index')),
    text: ((row.querySelector('.label-name') || {}).textContent || '').trim(),
    id: (row.querySelector('[data-quick-input-id]') || { getAttribute: () => '' }).getAttribute('data-quick-input-id'),
  }));
  const hit = info.find((r) => r.text === label) || info.find((r) => r.id === label)
    || info.find((r) => r.text && label.endsWith(': ' + r.text));
  return hit ? hit.index : -1;
})`;

/** Clicks the quick input row for `label` (see FIND_QUICK_INPUT_ROW), waiting for the list to show it. */
async function pickQuickInputRow(page: Page, label: string): Promise<void> {
  let index = -1;
  try {
    index = await waitFor(`"${label}" in the quick input list`, async () => {
      const found = await page.evaluate<number>(`${FIND_QUICK_INPUT_ROW}(${JSON.stringify(label)})`);
      return found >= 0 ? found : undefined;
    }, TIMEOUTS.ui);
  } catch (error) {
    const shown = await page.locator('.quick-input-widget .monaco-list-row .label-name').allInnerTexts().catch(() => []);
    throw new Error(`${(error as Error).message}; the list shows: ${JSON.stringify(shown)}`);
  }
  await page.locator(`.quick-input-widget .monaco-list-row[data-index="${index}"]`).click();
}

async function focusActiveTerminal(page: Page): Promise<void> {
  const focused = await page.evaluate<boolean>("!!document.activeElement && document.activeElement.classList.contains('xterm-helper-textarea')");
  if (focused) return;
  await page.locator('.terminal-wrapper.active .xterm-screen, .terminal-wrapper .xterm-screen').last().click();
}

// Runs in the page. A string, because this project's TypeScript has no DOM library.
const READ_ACTIVE_TERMINAL = String.raw`(() => {
  const terminals = Array.from(document.querySelectorAll('.xterm')).filter((el) => el.offsetParent !== null);
  const active = terminals.find((el) => el.contains(document.activeElement)) || terminals[terminals.length - 1];
  if (!active) return '';
  const rows = Array.from(active.querySelectorAll('.xterm-rows > div'));
  const lines = rows.map((row) => (row.textContent || '').replace(/\u00a0/g, ' ').replace(/\s+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
})()`;

/** Reads the rows the DOM renderer draws for the active (or last visible) terminal. */
function activeTerminalText(page: Page): Promise<string> {
  return page.evaluate<string>(READ_ACTIVE_TERMINAL);
}

function readExtensionHostLogs(userDataDir: string): string {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/exthost/i.test(full) && entry.name.endsWith('.log')) found.push(full);
    }
  };
  const logs = path.join(userDataDir, 'logs');
  if (fs.existsSync(logs)) walk(logs);
  return found.sort().map((file) => `=== ${path.relative(logs, file)}\n${fs.readFileSync(file, 'utf8')}`).join('\n');
}

async function cleanUp(state: State, why: string): Promise<void> {
  if (state.stopped) return;
  state.stopped = true;
  const problems: string[] = [];
  if (state.browser) await state.browser.close().catch((e: Error) => problems.push(`browser: ${e.message}`));
  if (state.server) await stopDaemon(state.server).catch((e: Error) => problems.push(`code-server: ${e.message}`));
  // Keep VS Code's own logs with the screenshots: they are what explains a failure.
  if (state.userDataDir && fs.existsSync(path.join(state.userDataDir, 'logs'))) {
    try {
      fs.cpSync(path.join(state.userDataDir, 'logs'), path.join(state.artifactsDir, 'vscode-logs'), { recursive: true });
    } catch (e) {
      problems.push(`logs: ${(e as Error).message}`);
    }
  }
  fs.rmSync(state.root, { recursive: true, force: true, maxRetries: 3 });
  if (problems.length > 0) console.error(`[e2e] cleanup after ${why}: ${problems.join('; ')}`);
}

function serverEnvironment(home: string, extra: Record<string, string> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Variables of an enclosing VS Code would make code-server hand the folder to that editor instead.
    if (key.startsWith('VSCODE_') || key === 'TERM_PROGRAM' || key === 'TERM_PROGRAM_VERSION') continue;
    env[key] = value;
  }
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    SHELL: '/bin/bash',
    // No marketplace: the machine has no network, and tests must not depend on one.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
  }, extra);
  return env;
}

function userSettingsFile(userDataDir: string): string {
  return path.join(userDataDir, 'User', 'settings.json');
}

function mergeJsonFile(file: string, values: Record<string, unknown>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let current: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, 'utf8').trim();
    if (text) current = (parseJsonc(text) ?? {}) as Record<string, unknown>;
  }
  fs.writeFileSync(file, `${JSON.stringify({ ...current, ...values }, null, 2)}\n`);
}

function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

function slug(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}
