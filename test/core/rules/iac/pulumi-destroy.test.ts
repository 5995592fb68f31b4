import { rule } from '../../../../src/core/rules/iac/pulumi-destroy';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['pulumi up', 'pulumi preview --destroy', 'pulumi stack ls', 'pulumi stack select dev', 'pulumi stack output', 'pulumi state unprotect urn:x'],
  stop: [
    { command: 'pulumi destroy', messageId: 'destroy', severity: 'catastrophic' },
    { command: 'pulumi destroy --yes -s acme/api/dev', messageId: 'destroy' },
    { command: 'pulumi down -y', messageId: 'destroy' },
    { command: 'npx pulumi destroy --stack dev', messageId: 'destroy' },
    { command: 'pulumi destroy --target urn:pulumi:dev::api::aws:s3/bucket:Bucket::logs', messageId: 'destroyTarget', severity: 'destructive' },
    { command: 'pulumi stack rm dev', messageId: 'stackRm', severity: 'destructive' },
    { command: 'pulumi stack rm dev --force --yes', messageId: 'stackRm' },
    { command: 'pulumi state delete urn:pulumi:dev::api::aws:rds/instance:Instance::db', messageId: 'stateDelete' },
  ],
});
