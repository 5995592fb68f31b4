// What each corpus label means as decisions: the contract between the labels and the default policy table.
import type { Actor, DecisionKind, Environment } from '../../src/core/config';
import type { Label } from './corpus';

export interface Scenario {
  environment: Environment;
  actor: Actor;
}

export const SCENARIOS: readonly Scenario[] = [
  { environment: 'production', actor: 'agent' },
  { environment: 'development', actor: 'agent' },
  { environment: 'development', actor: 'human' },
];

/** The decision a command of this label must get in this scenario, by default policy. */
export function expectedDecision(label: Label, scenario: Scenario): DecisionKind {
  switch (label) {
    case 'safe':
      return 'allow';
    case 'caution':
      return scenario.environment === 'production' ? 'ask' : 'allow';
    case 'destructive':
      return scenario.environment === 'development' ? 'allow' : 'ask';
    case 'catastrophic':
      return 'ask';
    case 'credential':
      return scenario.actor === 'agent' ? 'ask' : 'allow';
  }
}
