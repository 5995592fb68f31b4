// The downgrade guard's rule.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { downgradeStep } from '../../../src/core/environment/downgrade';

describe('downgradeStep', () => {
  it('asks when production becomes weaker', () => {
    assert.deepEqual(downgradeStep('production', 'development'), { kind: 'ask', from: 'production', to: 'development' });
    assert.deepEqual(downgradeStep('production', 'staging'), { kind: 'ask', from: 'production', to: 'staging' });
  });
  it('records first sight, upgrades and changes below production', () => {
    assert.deepEqual(downgradeStep(undefined, 'development'), { kind: 'record', confirmed: 'development' });
    assert.deepEqual(downgradeStep('development', 'production'), { kind: 'record', confirmed: 'production' });
    assert.deepEqual(downgradeStep('staging', 'development'), { kind: 'record', confirmed: 'development' });
  });
  it('does nothing when unchanged', () => {
    assert.deepEqual(downgradeStep('production', 'production'), { kind: 'same' });
  });
});
