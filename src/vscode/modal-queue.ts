// Runs modal interactions one at a time: concurrent requests (terminal gate, agent hooks, downgrade guard) wait their
// turn instead of stacking dialogs on top of each other.
export class ModalQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Number of interactions queued or showing. */
  get size(): number {
    return this.waiting;
  }

  /** Runs `task` after every earlier task has settled; its result (or error) is passed through. */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(task, task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result.finally(() => {
      this.waiting--;
    });
  }
}
