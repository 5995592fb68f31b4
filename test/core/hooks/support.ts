// Shared stand-ins for the hook tests: a fixed workspace and a scripted person at the modal.
import type { Environment, GuardConfig } from '../../../src/core/config';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { handleHook, type HookActivity, type HookConfirmation, type HookDeps } from '../../../src/core/hooks/handle';
import type { HookAgent, HookReply } from '../../../src/core/hooks/types';

export const WS = '/home/dev/shop';

export interface Run {
  reply: HookReply;
  json: Record<string, unknown> | undefined;
  asked: string[];
  activity: HookActivity[];
}

export async function run(agent: HookAgent, payload: unknown, opts: { env?: Environment; person?: HookConfirmation | 'no-editor'; config?: GuardConfig } = {}): Promise<Run> {
  const asked: string[] = [];
  const activity: HookActivity[] = [];
  const deps: HookDeps = {
    workspace: () => ({ environment: opts.env ?? 'production', config: opts.config ?? DEFAULT_CONFIG, folder: WS, folderName: 'shop' }),
    record: (a) => activity.push(a),
    home: '/home/dev',
  };
  if (opts.person !== 'no-editor') {
    const answer = opts.person ?? { allowed: false, answeredBy: 'dismissed' };
    deps.confirm = async ({ decision, agent: a }) => {
      asked.push(`${a}: ${decision.command}`);
      return answer;
    };
  }
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const reply = await handleHook(agent, text, deps);
  let json: Record<string, unknown> | undefined;
  if (reply.stdout.trim()) json = JSON.parse(reply.stdout) as Record<string, unknown>;
  return { reply, json, asked, activity };
}

/** The Railway incident's command: a GraphQL volumeDelete sent with curl. */
export const RAILWAY_DELETE =
  `curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -H "Content-Type: application/json" -d '{"query":"mutation { volumeDelete(volumeId: \\"3d2c-volume\\") }"}'`;
