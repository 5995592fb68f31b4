// Window tint: apply then restore gives back exactly what was there, whatever was there.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyTint, restoreTint, tintFor, tintIsShowing, TINTS } from '../../../src/core/environment/tint';

function roundTrip(current: unknown): unknown {
  const applied = applyTint(current, TINTS.production);
  assert.notEqual(applied, 'unchanged');
  if (applied === 'unchanged') return undefined;
  // The saved record must survive storage as JSON (globalState / workspaceState).
  const saved = JSON.parse(JSON.stringify(applied.saved));
  const restored = restoreTint(JSON.parse(JSON.stringify(applied.value)), saved);
  assert.notEqual(restored, 'unchanged');
  return restored === 'unchanged' ? undefined : restored.value;
}

describe('tint round trip', () => {
  it('no setting before → no setting after', () => {
    assert.equal(roundTrip(undefined), undefined);
  });
  it('an empty object stays an empty object', () => {
    assert.deepEqual(roundTrip({}), {});
  });
  it('the person\'s colours, including ones we override, come back exactly', () => {
    const mine = { 'titleBar.activeBackground': '#123456', 'editor.background': '#000000', '[Monokai]': { 'statusBar.background': '#ff0000' } };
    assert.deepEqual(roundTrip(mine), mine);
  });
  it('applying shows our colours and keeps other keys', () => {
    const applied = applyTint({ 'editor.background': '#000000' }, TINTS.production);
    assert.ok(applied !== 'unchanged');
    assert.equal(applied.value['titleBar.activeBackground'], TINTS.production['titleBar.activeBackground']);
    assert.equal(applied.value['editor.background'], '#000000');
    assert.ok(tintIsShowing(applied.value, applied.saved, TINTS.production));
    assert.ok(!tintIsShowing(applied.value, applied.saved, TINTS.staging));
  });
  it('a colour the person changed while tinted is theirs and is not reverted', () => {
    const applied = applyTint({ 'statusBar.background': '#111111' }, TINTS.production);
    assert.ok(applied !== 'unchanged');
    const edited = { ...applied.value, 'titleBar.activeBackground': '#abcdef' };
    const restored = restoreTint(edited, applied.saved);
    assert.deepEqual(restored, { value: { 'statusBar.background': '#111111', 'titleBar.activeBackground': '#abcdef' } });
  });
  it('switching tints (production → staging) never records our own colours as the person\'s', () => {
    const first = applyTint({ 'titleBar.activeBackground': '#123456' }, TINTS.production);
    assert.ok(first !== 'unchanged');
    const second = applyTint(first.value, TINTS.staging, first.saved);
    assert.ok(second !== 'unchanged');
    assert.equal(second.saved.original['titleBar.activeBackground'], '#123456');
    assert.deepEqual(restoreTint(second.value, second.saved), { value: { 'titleBar.activeBackground': '#123456' } });
  });
  it('leaves a setting that is not an object alone', () => {
    assert.equal(applyTint('oops', TINTS.production), 'unchanged');
  });
  it('tintFor follows agentGuard.tint', () => {
    assert.equal(tintFor('production', 'production'), TINTS.production);
    assert.equal(tintFor('staging', 'production'), undefined);
    assert.equal(tintFor('staging', 'productionAndStaging'), TINTS.staging);
    assert.equal(tintFor('production', 'off'), undefined);
    assert.equal(tintFor('development', 'productionAndStaging'), undefined);
  });
});
