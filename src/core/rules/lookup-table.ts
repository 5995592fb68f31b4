// Tables looked up by words from a command line (`TASKS[word]`, `word in COMMANDS`). A plain object literal also
// answers for `constructor`, `toString` or `__proto__`, which are ordinary words in a command; these tables do not.

/** A copy of `entries` without a prototype, so only its own keys are found. */
export function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
