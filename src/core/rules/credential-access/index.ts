// The credential-access pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as dumpEnvironment } from './dump-environment';
import { rule as loadEnvFile } from './load-env-file';
import { rule as paasEnvDump } from './paas-env-dump';
import { rule as printAuthToken } from './print-auth-token';
import { rule as printSecretVariable } from './print-secret-variable';
import { rule as readCredentialFile } from './read-credential-file';
import { rule as secretManagerRead } from './secret-manager-read';

export const rules: readonly Rule[] = [dumpEnvironment, loadEnvFile, paasEnvDump, printAuthToken, printSecretVariable, readCredentialFile, secretManagerRead];
