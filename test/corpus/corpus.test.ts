// Runs the labelled corpus through the whole engine in production and development. A command listed in
// known-misses.tsv may be wrong (and must be: a fixed miss fails until it is removed from the list); any other
// wrong decision fails.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { decide } from '../../src/core/policy';
import { loadCorpus, loadKnownMisses } from './corpus';
import { expectedDecision, SCENARIOS } from './expectations';

const CONTEXT = { cwd: '/work/project', workspaceRoot: '/work/project', home: '/home/dev' };

describe('labelled command corpus', () => {
  const corpus = loadCorpus();
  const known = loadKnownMisses();

  it('is large and has every label', () => {
    assert.ok(corpus.length >= 600, `corpus has ${corpus.length} commands; at least 600 expected`);
    for (const label of ['safe', 'caution', 'destructive', 'catastrophic', 'credential']) {
      assert.ok(corpus.some((e) => e.label === label), `no ${label} command in the corpus`);
    }
  });

  it('has no duplicate commands', () => {
    const seen = new Map<string, string>();
    for (const e of corpus) {
      assert.ok(!seen.has(e.command), `${e.where} repeats ${seen.get(e.command)}: ${e.command}`);
      seen.set(e.command, e.where);
    }
  });

  it('decides every command as its label says (except the known misses)', () => {
    const unexpected: string[] = [];
    const fixed: string[] = [];
    for (const entry of corpus) {
      const wrong = SCENARIOS.filter((s) => {
        const d = decide({ command: entry.command, environment: s.environment, actor: s.actor, context: CONTEXT });
        // A command that names production is decided as production (tested on its own in policy.test.ts).
        const want = expectedDecision(entry.label, d.namesProduction ? { ...s, environment: 'production' } : s);
        const got = d.decision;
        // `deny` is stricter than `ask`; the default policy never denies, so any difference is a miss.
        return got !== want;
      });
      if (wrong.length > 0 && !known.has(entry.command)) {
        const s = wrong[0];
        const d = decide({ command: entry.command, environment: s.environment, actor: s.actor, context: CONTEXT });
        unexpected.push(`${entry.where} [${entry.label}] ${JSON.stringify(entry.command)} → ${d.decision} in ${s.environment}/${s.actor} (rules: ${d.rules.join(', ') || 'none'})`);
      }
      if (wrong.length === 0 && known.has(entry.command)) fixed.push(`${entry.where} ${JSON.stringify(entry.command)}`);
    }
    assert.deepEqual(unexpected, [], `wrong decisions:\n${unexpected.join('\n')}`);
    assert.deepEqual(fixed, [], `now decided right; remove from known-misses.tsv:\n${fixed.join('\n')}`);
  });
});
