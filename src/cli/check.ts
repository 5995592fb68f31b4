// agent-guard check: placeholder, replaced by the engine CLI work.
import type { CliIO } from './io';

export async function runCheck(_args: string[], io: CliIO): Promise<number> {
  io.stderr('not implemented\n');
  return 1;
}
