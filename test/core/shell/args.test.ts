// Flag and operand reading shared by every rule: clusters, long options, values, `--`, unicode dashes.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { flagValue, hasFlag, hasWord, operands, subcommandIs } from '../../../src/core/shell/args';

const argv = (line: string): string[] => line.split(' ');

describe('hasFlag', () => {
  const yes: [string, string, string[]][] = [
    ['rm -rf x', 'r', []],
    ['rm -fr x', 'r', []],
    ['rm -r -f x', 'f', []],
    ['rm --recursive x', 'R', ['--recursive']],
    ['git reset --hard=1', '', ['--hard']],
    ['rm –rf /', 'r', []], // en dash typed for -
    ['git reset —hard', '', ['--hard']], // em dash autocorrected from --
    ['git push −f', 'f', []], // minus sign
  ];
  for (const [line, letters, longs] of yes) it(`finds ${letters || longs.join()} in ${line}`, () => assert.ok(hasFlag(argv(line), letters, ...longs)));
  const no: [string, string, string[]][] = [
    ['rm x', 'r', ['--recursive']],
    ['rm -- -rf', 'r', []], // after --, an operand
    ['git reset --soft', '', ['--hard']],
    ['ls --all', 'a', []], // a long option is not a cluster
  ];
  for (const [line, letters, longs] of no) it(`does not find ${letters || longs.join()} in ${line}`, () => assert.ok(!hasFlag(argv(line), letters, ...longs)));
});

describe('hasWord, flagValue, operands, subcommandIs', () => {
  it('hasWord matches exact words and --name=value', () => {
    assert.ok(hasWord(argv('terraform apply -destroy'), '-destroy'));
    assert.ok(hasWord(argv('x --force=true'), '--force'));
    assert.ok(!hasWord(argv('x --forceful'), '--force'));
  });
  it('flagValue reads every spelling', () => {
    assert.equal(flagValue(argv('kubectl -n prod get pods'), ['--namespace'], 'n'), 'prod');
    assert.equal(flagValue(argv('kubectl -nprod get pods'), ['--namespace'], 'n'), 'prod');
    assert.equal(flagValue(argv('kubectl --namespace=prod get'), ['--namespace'], 'n'), 'prod');
    assert.equal(flagValue(argv('kubectl --namespace prod get'), ['--namespace'], 'n'), 'prod');
    assert.equal(flagValue(argv('kubectl get pods'), ['--namespace'], 'n'), undefined);
    assert.equal(flagValue(argv('kubectl get pods -- --namespace=x'), ['--namespace'], 'n'), undefined);
    assert.equal(flagValue(argv('truncate −s 0 f'), ['--size'], 's'), '0');
  });
  it('operands skip options and the values of value flags', () => {
    assert.deepEqual(operands(argv('kubectl -n prod delete ns payments'), ['-n']), ['delete', 'ns', 'payments']);
    assert.deepEqual(operands(argv('rm -rf -- -weird a')), ['-weird', 'a']);
    // A value flag right before `--` does not swallow it: what follows `--` stays operands.
    assert.deepEqual(operands(argv('kubectl delete -n -- -x'), ['-n']), ['delete', '-x']);
  });
  it('subcommandIs compares the leading operands', () => {
    assert.ok(subcommandIs(argv('railway volume delete v1'), ['volume', 'delete']));
    assert.ok(!subcommandIs(argv('railway volume list'), ['volume', 'delete']));
  });
});
