import { rule } from '../../../../src/core/rules/cloud/az-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['az vm list', 'az storage blob list -c data --account-name acct', 'az extension remove -n aks-preview', 'az group delete -n rg', 'az deployment group create -g rg --template-file main.bicep', 'az account show'],
  stop: [
    { command: 'az vm delete -g rg -n vm1 --yes', messageId: 'delete' },
    { command: 'az sql db delete -g rg -s srv -n app --yes', messageId: 'delete' },
    { command: 'az storage blob delete-batch -s data --account-name acct', messageId: 'delete' },
    { command: 'az storage account delete -n acct -g rg', messageId: 'delete' },
    { command: 'az keyvault purge --name kv-app', messageId: 'delete' },
    { command: 'az cosmosdb delete -n db -g rg', messageId: 'delete' },
    { command: 'az deployment group create -g rg --template-file main.bicep --mode Complete', messageId: 'complete' },
  ],
});
