// A channel server as the editor runs it, minus the editor: scripted environment, person and activity log.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Environment } from '../../../src/core/config';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { createChannelHandlers } from '../../../src/core/channel/handlers';
import { ChannelServerCore } from '../../../src/core/channel/server';
import type { HookConfirmation } from '../../../src/core/hooks/handle';

export interface TestEditor {
  server: ChannelServerCore;
  dir: string;
  folder: string;
  asked: { source: string; command: string }[];
  recorded: unknown[];
  answer: HookConfirmation;
}

export async function startEditor(options: { environment?: Environment; folder?: string; dir?: string } = {}): Promise<TestEditor> {
  const dir = options.dir ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-chan-')), 'agent-guard');
  const folder = options.folder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ag-ws-'));
  const editor: TestEditor = { server: undefined as unknown as ChannelServerCore, dir, folder, asked: [], recorded: [], answer: { allowed: false, answeredBy: 'dismissed' } };
  const handlers = createChannelHandlers({
    folders: () => [folder],
    resolve: () => ({ folder, folderName: path.basename(folder), environment: options.environment ?? 'production', config: DEFAULT_CONFIG }),
    confirm: async ({ decision, source }) => {
      editor.asked.push({ source, command: decision.command });
      return editor.answer;
    },
    record: (a) => editor.recorded.push(a),
    home: os.homedir(),
  });
  editor.server = new ChannelServerCore({ directory: dir, workspaceFolders: [folder], environments: { [folder]: options.environment ?? 'production' }, handlers, recordName: `window-${process.pid}-${path.basename(folder)}.json` });
  await editor.server.start();
  return editor;
}
