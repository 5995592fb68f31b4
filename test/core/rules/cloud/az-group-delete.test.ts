import { rule } from '../../../../src/core/rules/cloud/az-group-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['az group list', 'az group show -n rg-dev', 'az group create -n rg-dev -l westeurope', 'az lock create --name keep --resource-group rg --lock-type CanNotDelete'],
  stop: [
    { command: 'az group delete --name rg-app', messageId: 'group', severity: 'catastrophic' },
    { command: 'az group delete -n rg-app --yes --no-wait', messageId: 'group' },
    { command: 'az group delete -g rg-app -y', messageId: 'group' },
  ],
});
