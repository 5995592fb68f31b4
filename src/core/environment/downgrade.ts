// The downgrade guard's rule, pure: a folder last confirmed as production that now reads as something weaker stays
// production until a person confirms the change. Any other change is simply recorded as the new confirmed value.
import type { Environment } from '../config';

export type DowngradeStep =
  /** Nothing changed. */
  | { kind: 'same' }
  /** First sight of the folder, or a change that is not a downgrade from production: remember `confirmed`. */
  | { kind: 'record'; confirmed: Environment }
  /** Production → weaker: keep enforcing production and ask the person. */
  | { kind: 'ask'; from: 'production'; to: Exclude<Environment, 'production'> };

export function downgradeStep(lastConfirmed: Environment | undefined, declared: Environment): DowngradeStep {
  if (lastConfirmed === declared) return { kind: 'same' };
  if (lastConfirmed === 'production' && declared !== 'production') return { kind: 'ask', from: 'production', to: declared };
  return { kind: 'record', confirmed: declared };
}
