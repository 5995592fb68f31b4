// credential-access/credential-file: an agent's own file tool (Read, Write, Edit, Delete, Grep on one file) used on a
// credential file. The shell twin is credential-access/read-credential-file (`cat .env`); which paths are credential
// files is decided by credential-paths.ts, or by the editor's credential shield when the editor runs.
import { credentialKind, isCredentialPath } from '../../../rules/credential-access/credential-paths';
import type { ToolRule } from '../types';

export interface FileToolCall {
  operation: 'read' | 'write' | 'delete';
  /** The path as the agent wrote it, for messages. */
  path: string;
  /** The same path made absolute against the agent's working directory. */
  absolutePath: string;
  /** The editor's judge (its credential shield, which also knows user globs and file contents); else the path list. */
  isCredentialFile?: (absolutePath: string) => boolean;
}

export const rule: ToolRule<FileToolCall> = {
  meta: {
    id: 'credential-access/credential-file',
    title: "Agent's file tool on a credential file",
    severity: 'caution',
    category: 'credential',
    why: "Whatever the agent reads or edits lands in its context, its logs and the model provider's servers; a secret seen once has to be treated as leaked and rotated.",
    saferAlternative: 'Give the agent the one value it needs, or a .env.example with placeholders; change secrets yourself.',
    messages: {
      read: 'The agent wants to read {{file}}, {{kind}}.',
      write: 'The agent wants to change {{file}}, {{kind}}.',
      delete: 'The agent wants to delete {{file}}, {{kind}}.',
    },
  },
  match(call) {
    if (!(call.isCredentialFile ?? isCredentialPath)(call.absolutePath)) return null;
    const kind = credentialKind(call.absolutePath) ?? 'a file the credential shield protects';
    return { messageId: call.operation, data: { file: call.path, kind } };
  },
};
