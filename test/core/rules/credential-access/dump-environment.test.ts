import { rule } from '../../../../src/core/rules/credential-access/dump-environment';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'env NODE_ENV=test npm test',
    'env -u DEBUG node app.js',
    'printenv NODE_ENV',
    'printenv PATH HOME',
    'set -euo pipefail',
    'set -x',
    'export NODE_ENV=production',
    'declare -a arr',
    'echo $HOME',
    'node -e "console.log(process.env.NODE_ENV)"',
    'python3 -c "import os; print(os.environ.get(\'HOME\'))"',
  ],
  stop: [
    { command: 'env', messageId: 'dump' },
    { command: 'env | grep AWS', messageId: 'dump' },
    { command: 'env | sort', messageId: 'dump' },
    { command: 'printenv', messageId: 'dump' },
    { command: 'printenv -0', messageId: 'dump' },
    { command: 'set', messageId: 'dump' },
    { command: 'export -p', messageId: 'dump' },
    { command: 'export', messageId: 'dump' },
    { command: 'declare -x', messageId: 'dump' },
    { command: 'declare -p', messageId: 'dump' },
    { command: 'sudo env', messageId: 'dump' },
    { command: 'docker exec app env', messageId: 'dump' },
    { command: 'kubectl exec deploy/api -- env', messageId: 'dump' },
    { command: 'node -p process.env', messageId: 'inline' },
    { command: 'node -e "console.log(JSON.stringify(process.env, null, 2))"', messageId: 'inline' },
    { command: 'python3 -c "import os; print(os.environ)"', messageId: 'inline' },
    { command: 'python3 -c "import os, json; print(json.dumps(dict(os.environ)))"', messageId: 'inline' },
    { command: 'ruby -e "pp ENV"', messageId: 'inline' },
    { command: 'gci env:', messageId: 'dump' },
  ],
});
