// One modal at a time: tasks run in order, never overlap, and a failing task does not block the next.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ModalQueue } from '../../src/vscode/modal-queue';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ModalQueue', () => {
  it('runs tasks one at a time, in order of arrival', async () => {
    const queue = new ModalQueue();
    const events: string[] = [];
    let open = 0;
    const task = (name: string, ms: number) => async () => {
      open++;
      assert.equal(open, 1, 'two modals open at once');
      events.push(`start ${name}`);
      await tick(ms);
      events.push(`end ${name}`);
      open--;
      return name;
    };
    const results = await Promise.all([queue.run(task('a', 30)), queue.run(task('b', 5)), queue.run(task('c', 1))]);
    assert.deepEqual(results, ['a', 'b', 'c']);
    assert.deepEqual(events, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    assert.equal(queue.size, 0);
  });

  it('passes a failure to its caller and keeps going', async () => {
    const queue = new ModalQueue();
    const failed = queue.run(async () => {
      throw new Error('dialog failed');
    });
    const next = queue.run(async () => 'shown');
    await assert.rejects(failed, /dialog failed/);
    assert.equal(await next, 'shown');
  });

  it('counts waiting tasks', async () => {
    const queue = new ModalQueue();
    let release: () => void = () => undefined;
    const first = queue.run(() => new Promise<void>((resolve) => (release = resolve)));
    const second = queue.run(async () => undefined);
    assert.equal(queue.size, 2);
    await tick(1);
    release();
    await Promise.all([first, second]);
    assert.equal(queue.size, 0);
  });
});
