// Reads a Terraform-family command (terraform, tofu, terragrunt, tflocal) through package runners: its subcommand
// words, skipping global options like `-chdir=infra`. Shared by the iac rules for Terraform.
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';

/** The command names readTerraform reads. */
export const TERRAFORM_COMMANDS: readonly string[] = ['terraform', 'tofu', 'opentofu', 'terragrunt', 'tflocal', 'terraform-local'];

export interface TerraformCommand {
  tool: string;
  /** Words that are not options, in order (`['state', 'rm', 'aws_db_instance.main']`). */
  words: string[];
  argv: string[];
  /** True for an option given as `-name`, `--name` or `-name=value`. */
  has(option: string): boolean;
}

/** Every Terraform rule reads the same command: it is read once per command. */
export const readTerraform = readOnce(readTerraformCommand, TERRAFORM_COMMANDS);

/** Terraform options are single words (`-target=x`) except these, which take the next word. */
const WITH_VALUE = new Set(['-target', '-var', '-var-file', '-replace', '-state', '-state-out', '-backup', '-lock-timeout', '-parallelism', '-out', '-chdir', '-input']);

function readTerraformCommand(command: SimpleCommand): TerraformCommand | null {
  const { name: tool, argv } = command;
  const words: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i].replace(/^--/, '-');
    if (word === '-') continue;
    if (word.startsWith('-')) {
      if (WITH_VALUE.has(word)) i++;
      continue;
    }
    words.push(argv[i]);
  }
  const has = (option: string) => argv.some((w) => w.replace(/^--/, '-').split('=')[0] === option);
  return { tool, words, argv, has };
}
