// agent-guard explain: placeholder, replaced by the engine CLI work.
import type { CliIO } from './io';

export async function runExplain(_args: string[], io: CliIO): Promise<number> {
  io.stderr('not implemented\n');
  return 1;
}
