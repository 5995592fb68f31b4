// Reads the command path of the big three cloud CLIs, skipping their global options:
// `aws [--profile p] <service> <operation> …`, `gcloud [alpha|beta] <group…> <verb> …`, `az <group…> <verb> …`.
// Shared by the cloud rules so each reads services and verbs the same way.
import { operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';

const AWS_VALUE_FLAGS = ['--profile', '--region', '--output', '--endpoint-url', '--query', '--color', '--ca-bundle', '--cli-read-timeout', '--cli-connect-timeout', '--cli-binary-format', '--cli-input-json', '--cli-input-yaml'];

/** The command names readAws, readGcloud and readAz read. */
export const AWS_COMMANDS: readonly string[] = ['aws', 'aws2'];
export const GCLOUD_COMMANDS: readonly string[] = ['gcloud'];
export const AZ_COMMANDS: readonly string[] = ['az'];

export interface AwsCommand {
  service: string;
  operation: string;
  argv: string[];
}

/** `aws s3 rb s3://x --force` → service `s3`, operation `rb`. Also the v1 `aws2` name. Every aws rule reads the same
 * command (aws-delete-operation asks the specific rules too), so it is read once per command. */
export const readAws = readOnce(readAwsCommand, AWS_COMMANDS);

function readAwsCommand(command: SimpleCommand): AwsCommand | null {
  const [service, operation] = operands(command.argv, AWS_VALUE_FLAGS);
  if (!service || !operation) return null;
  return { service: service.toLowerCase(), operation: operation.toLowerCase(), argv: command.argv };
}

/** The value of an AWS option (`--db-instance-identifier x` or `--db-instance-identifier=x`). */
export function awsOption(argv: readonly string[], name: string): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}

const GCLOUD_VALUE_FLAGS = [
  '--project', '--account', '--configuration', '--format', '--verbosity', '--impersonate-service-account', '--billing-project',
  '--zone', '--region', '--location', '--filter', '--limit', '--flags-file', '--instance', '--database', '--cluster', '--bucket',
];
const GCLOUD_RELEASES = new Set(['alpha', 'beta', 'preview']);

export interface VerbCommand {
  /** The command groups before the verb, e.g. `['sql', 'instances']` or `['storage', 'account']`. */
  path: string[];
  verb: string;
  /** What follows the verb (resource names), as written. */
  rest: string[];
  argv: string[];
}

/** Splits `words` at the first of `verbs`; null when none is present. */
function atVerb(words: string[], verbs: ReadonlySet<string>, argv: string[]): VerbCommand | null {
  const at = words.findIndex((w) => verbs.has(w));
  if (at < 0) return null;
  return { path: words.slice(0, at), verb: words[at], rest: words.slice(at + 1), argv };
}

/** `gcloud beta sql instances delete db-1` → path `['sql', 'instances']`, verb `delete`. */
export function readGcloud(command: SimpleCommand, verbs: ReadonlySet<string>): VerbCommand | null {
  const words = gcloudWords(command);
  return words && atVerb(words, verbs, command.argv);
}

/** The words of a gcloud command without options and release track, read once per command. */
const gcloudWords = readOnce((command) => operands(command.argv, GCLOUD_VALUE_FLAGS).filter((w, i) => !(i === 0 && GCLOUD_RELEASES.has(w))), GCLOUD_COMMANDS);

const AZ_VALUE_FLAGS = [
  '-g', '--resource-group', '-n', '--name', '--subscription', '-o', '--output', '--query', '--ids', '-s', '--source', '--account-name',
  '--account-key', '--connection-string', '--sas-token', '-c', '--container-name', '--pattern', '--vault-name', '--server', '-l', '--location',
  '--template-file', '--parameters', '--mode', '-f', '--file', '-d', '--destination',
];

/** `az storage blob delete-batch -s c` → path `['storage', 'blob']`, verb `delete-batch`. */
export function readAz(command: SimpleCommand, verbs: ReadonlySet<string>): VerbCommand | null {
  const words = azWords(command);
  return words && atVerb(words, verbs, command.argv);
}

/** The words of an az command without options, read once per command. */
const azWords = readOnce((command) => operands(command.argv, AZ_VALUE_FLAGS), AZ_COMMANDS);
