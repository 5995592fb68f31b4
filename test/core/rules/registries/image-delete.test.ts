import { rule } from '../../../../src/core/rules/registries/image-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['skopeo inspect docker://ghcr.io/acme/app:1.0', 'skopeo copy docker://a docker://b', 'crane ls ghcr.io/acme/app', 'crane copy a b', 'regctl tag ls ghcr.io/acme/app', 'oras manifest fetch ghcr.io/acme/app:1', 'docker rmi app:old', 'docker image rm app:1.0'],
  stop: [
    { command: 'skopeo delete docker://ghcr.io/acme/app:1.0', messageId: 'delete', severity: 'destructive' },
    { command: 'crane delete ghcr.io/acme/app@sha256:abc', messageId: 'delete' },
    { command: 'gcrane delete gcr.io/acme/app:old', messageId: 'delete' },
    { command: 'regctl tag delete ghcr.io/acme/app:1.0', messageId: 'delete' },
    { command: 'regctl manifest rm ghcr.io/acme/app@sha256:abc', messageId: 'delete' },
    { command: 'oras manifest delete ghcr.io/acme/app:1.0', messageId: 'delete' },
  ],
});
