// The words an agent and its person read when Agent Guard blocks or asks. Written for a stressed person and for a
// model that, in the incident, "guessed instead of verifying": say what happened, forbid retrying or working around
// it, and send it to the human.
import type { Environment } from '../config';

/** Appended to every block: the model must stop, not improvise. */
export const DO_NOT_WORK_AROUND =
  'Do not retry this, do not rephrase it, and do not try to reach the same result another way (a different command, ' +
  'tool, script or API call). Stop and ask the person you are working with how they want to proceed: tell them what ' +
  'you were trying to do and why.';

export interface BlockWording {
  /** One paragraph: what was found and why it is dangerous. */
  reason: string;
  environment?: Environment;
  /** How the block came about, for the first words of the message. */
  by: 'policy' | 'person' | 'no-answer' | 'editor-unreachable' | 'bad-input';
  /** The action in a few words (`run "rm -rf dist"`, `read ".env"`). */
  action: string;
}

/** Long command lines are cut for the lead sentence; the reason names the part that matters. */
export function shortAction(action: string): string {
  const flat = action.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

function lead(w: BlockWording): string {
  const act = shortAction(w.action);
  const where = w.environment ? ` in this ${w.environment} workspace` : '';
  switch (w.by) {
    case 'person':
      return `Agent Guard: the person at the editor said no to "${act}"${where}.`;
    case 'no-answer':
      return `Agent Guard: nobody answered the confirmation for "${act}"${where}, so it was blocked.`;
    case 'editor-unreachable':
      return `Agent Guard blocked "${act}"${where}: it needs a person to confirm it, and the editor that asks them is not running or not reachable.`;
    case 'bad-input':
      return 'Agent Guard blocked this action: it could not read what the agent wanted to do, so it cannot vouch for it.';
    default:
      return `Agent Guard blocked "${act}"${where}.`;
  }
}

function howToProceed(w: BlockWording): string {
  if (w.by === 'editor-unreachable') {
    return 'To go ahead, open this folder in VS Code or Cursor with Agent Guard enabled and let the agent try once more, so a person can confirm it there; or run it yourself in a terminal after checking it.';
  }
  if (w.by === 'bad-input') return 'If this keeps happening, update Agent Guard or run the action yourself after checking it.';
  return 'If it really must happen, the person can run it themselves after checking the target.';
}

export function blockedForUser(w: BlockWording): string {
  return `${lead(w)} ${w.reason} ${howToProceed(w)}`.trim();
}

export function blockedForAgent(w: BlockWording): string {
  return `${lead(w)} ${w.reason} ${DO_NOT_WORK_AROUND}`.trim();
}

/** Development, editor not reachable: the agent's own prompt asks the person. */
export function askWording(fullAction: string, reason: string): { user: string; agent: string } {
  const action = shortAction(fullAction);
  return {
    user: `Agent Guard: "${action}" looks dangerous. ${reason} Check it before you allow it.`,
    agent: `Agent Guard asked the person to confirm "${action}": ${reason} If they decline, do not retry or work around it; ask them how to proceed.`,
  };
}
