// What a CLI command may touch: its streams, environment and working directory, passed in so tests can drive it.
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of stdin (resolves '' when stdin is a TTY or closed). */
  readStdin: () => Promise<string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Thrown for bad usage; the dispatcher prints the message and exits 2. */
export class UsageError extends Error {}

export type CliCommand = (args: string[], io: CliIO) => Promise<number>;
