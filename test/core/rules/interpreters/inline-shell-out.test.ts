import { rule } from '../../../../src/core/rules/interpreters/inline-shell-out';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    `python3 -c "import os; os.system('ls -la')"`,
    `python3 -c "import subprocess; subprocess.run(['git', 'status'])"`,
    `python3 -c "import asyncio; asyncio.run(main())"`,
    `node -e "require('child_process').execSync('npm test', {stdio: 'inherit'})"`,
    `node -e "console.log(/a/.exec('abc'))"`,
    `perl -e 'system("ls")'`,
    `ruby -e 'puts \`date\`'`,
    `python3 -c "print(1)"`,
    'python3 build.py',
  ],
  stop: [
    { command: `python3 -c "import os; os.system('rm -rf ' + d)"`, messageId: 'dynamic', severity: 'caution' },
    { command: `python3 -c "import os,sys; os.system(sys.argv[1])" "rm -rf /"`, messageId: 'dynamic' },
    { command: `python3 -c "import subprocess; subprocess.run(f'rm -rf {path}', shell=True)"`, messageId: 'dynamic' },
    { command: `python3 -c "import subprocess; subprocess.call(cmd, shell=True)"`, messageId: 'dynamic' },
    { command: `python3 -c "import os; os.popen('cat %s' % f)"`, messageId: 'dynamic' },
    { command: `python3 -c "import subprocess; subprocess.run(['rm', '-rf', target])"`, messageId: 'dynamic' },
    { command: "node -e 'require(\"child_process\").execSync(`rm -rf ${dir}`)'", messageId: 'dynamic' },
    { command: `node -e "const cp = require('child_process'); cp.exec(process.argv[1])"`, messageId: 'dynamic' },
    { command: `perl -e 'system("rm -rf $ARGV[0]")'`, messageId: 'dynamic' },
    { command: `perl -e 'my $d = shift; \`rm -rf $d\`'`, messageId: 'dynamic' },
    { command: `ruby -e 'system("rm -rf #{ARGV[0]}")'`, messageId: 'dynamic' },
    { command: `php -r 'shell_exec("rm -rf " . $argv[1]);'`, messageId: 'dynamic' },
  ],
});
