// Wrappers that hide the real command: privilege, environment, scheduling, xargs/find, shells, eval, remote exec.
import { describe } from 'node:test';
import { runCases, type ParseCase } from './cases';

const prefixes: ParseCase[] = [
  { line: 'sudo rm -rf /', commands: [{ argv: ['rm', '-rf', '/'], via: ['sudo'], text: 'rm -rf /' }] },
  { line: 'sudo -u postgres -E -- dropdb app', commands: [{ argv: ['dropdb', 'app'], via: ['sudo'] }] },
  { line: 'sudo -uroot -H -n rm x', commands: [{ argv: ['rm', 'x'], via: ['sudo'] }] },
  { line: 'sudo --user=root --preserve-env rm x', commands: [{ argv: ['rm', 'x'], via: ['sudo'] }] },
  { line: 'sudo PGHOST=prod psql', commands: [{ argv: ['psql'], via: ['sudo'], assignments: { PGHOST: 'prod' } }] },
  { line: 'sudo -l', commands: [{ argv: ['sudo', '-l'] }] },
  { line: 'sudo -e /etc/hosts', commands: [{ argv: ['sudo', '-e', '/etc/hosts'] }] },
  { line: 'doas -u root rm x', commands: [{ argv: ['rm', 'x'], via: ['doas'] }] },
  { line: 'sudo sudo rm x', commands: [{ argv: ['rm', 'x'], via: ['sudo', 'sudo'] }] },
  { line: 'env -i -u HOME PATH=/bin rm x', commands: [{ argv: ['rm', 'x'], via: ['env'], assignments: { PATH: '/bin' } }] },
  { line: 'A=1 env B=2 rm x', commands: [{ argv: ['rm', 'x'], via: ['env'], assignments: { A: '1', B: '2' } }] },
  { line: "env -S 'rm -rf' /", commands: [{ argv: ['rm', '-rf', '/'], via: ['env'] }] },
  { line: 'env', commands: [{ argv: ['env'] }] },
  { line: 'env | grep TOKEN', commands: [{ argv: ['env'] }, { argv: ['grep', 'TOKEN'], pipelineBefore: ['env'] }] },
  { line: 'command rm x', commands: [{ argv: ['rm', 'x'], via: ['command'] }] },
  { line: 'command -v rm', commands: [{ argv: ['command', '-v', 'rm'] }] },
  { line: 'builtin cd /', commands: [{ argv: ['cd', '/'], via: ['builtin'] }] },
  { line: 'exec -a name rm x', commands: [{ argv: ['rm', 'x'], via: ['exec'] }] },
  { line: 'exec 3>&1', commands: [{ argv: ['exec'], redirects: ['3>&1'] }] },
  { line: 'nohup rm -rf x > /dev/null 2>&1 &', commands: [{ argv: ['rm', '-rf', 'x'], via: ['nohup'], redirects: ['>/dev/null', '2>&1'] }] },
  { line: 'nice -n 5 rm x; nice -10 rm y; nice rm z', commands: [{ argv: ['rm', 'x'], via: ['nice'] }, { argv: ['rm', 'y'], via: ['nice'] }, { argv: ['rm', 'z'], via: ['nice'] }] },
  { line: 'ionice -c3 -n7 rm x', commands: [{ argv: ['rm', 'x'], via: ['ionice'] }] },
  { line: 'timeout -s KILL -k 5 30s rm x', commands: [{ argv: ['rm', 'x'], via: ['timeout'] }] },
  { line: 'timeout --signal=TERM 10 rm x', commands: [{ argv: ['rm', 'x'], via: ['timeout'] }] },
  { line: 'time -p rm x', commands: [{ argv: ['rm', 'x'], via: ['time'] }] },
  { line: 'stdbuf -oL -e0 rm x', commands: [{ argv: ['rm', 'x'], via: ['stdbuf'] }] },
  { line: 'chroot /mnt rm -rf /', commands: [{ argv: ['rm', '-rf', '/'], via: ['chroot'] }] },
  { line: 'chroot --userspec=1:1 /mnt', commands: [{ argv: ['chroot', '--userspec=1:1', '/mnt'] }] },
  { line: 'watch -n 1 "rm -rf /tmp/x; ls"', commands: [{ argv: ['rm', '-rf', '/tmp/x'], via: ['watch'] }, { argv: ['ls'], via: ['watch'] }] },
  { line: 'watch -x rm x', commands: [{ argv: ['rm', 'x'], via: ['watch'] }] },
  { line: 'busybox rm -rf /', commands: [{ argv: ['rm', '-rf', '/'], via: ['busybox'] }] },
  { line: 'setsid unbuffer caffeinate -i rm x', commands: [{ argv: ['rm', 'x'], via: ['setsid', 'unbuffer', 'caffeinate'] }] },
  { line: 'flock /tmp/l -c "rm x"; flock -w 5 /tmp/l rm y', commands: [{ argv: ['rm', 'x'], via: ['flock'] }, { argv: ['rm', 'y'], via: ['flock'] }] },
  { line: 'script -qc "rm x" /dev/null', commands: [{ argv: ['rm', 'x'], via: ['script -c'] }] },
  { line: 'sudo nice -n 5 timeout 10 env X=1 rm x', commands: [{ argv: ['rm', 'x'], via: ['sudo', 'nice', 'timeout', 'env'], assignments: { X: '1' } }] },
];

const fanOut: ParseCase[] = [
  { line: 'ls | xargs rm', commands: [{ argv: ['ls'] }, { argv: ['rm'], via: ['xargs'], pipelineBefore: ['ls'] }] },
  { line: 'find . -print0 | xargs -0 -I{} -n1 -P4 -r rm -rf {}', commands: [{ argv: ['find', '.', '-print0'] }, { argv: ['rm', '-rf', '{}'], via: ['xargs'], pipelineBefore: ['find'] }] },
  { line: 'xargs -a list.txt --max-args=1 rm', commands: [{ argv: ['rm'], via: ['xargs'] }] },
  { line: 'xargs sh -c "rm -rf $0"', commands: [{ argv: ['rm', '-rf', '$0'], via: ['xargs', 'sh -c'] }] },
  { line: 'xargs', commands: [{ argv: ['xargs'] }] },
  { line: 'echo / | xargs rm -rf', commands: [{ argv: ['echo', '/'] }, { argv: ['rm', '-rf', '/'], via: ['xargs'], pipelineBefore: ['echo'], text: 'rm -rf /' }] },
  {
    line: 'printf "a\\nb\\n" | xargs -I{} rm -rf /tmp/{}',
    commands: [{ argv: ['printf', 'a\\nb\\n'] }, { argv: ['rm', '-rf', '/tmp/a'], via: ['xargs'] }, { argv: ['rm', '-rf', '/tmp/b'], via: ['xargs'] }],
  },
  { line: 'xargs rm <<< "a b"', commands: [{ argv: ['rm', 'a', 'b'], via: ['xargs'], stdinText: 'a b\n' }] },
  { line: 'xargs -a list.txt rm <<< "a b"', commands: [{ argv: ['rm'], via: ['xargs'] }] },
  { line: 'parallel -j4 rm -rf {} ::: a b', commands: [{ argv: ['rm', '-rf', 'a'], via: ['parallel'] }, { argv: ['rm', '-rf', 'b'], via: ['parallel'] }] },
  { line: "parallel 'rm -rf {}' ::: a b", commands: [{ argv: ['rm', '-rf', 'a'], via: ['parallel'] }, { argv: ['rm', '-rf', 'b'], via: ['parallel'] }] },
  // Without a replacement string the arguments are appended.
  { line: 'parallel rm -rf ::: data backups', commands: [{ argv: ['rm', '-rf', 'data'], via: ['parallel'], text: 'rm -rf data' }, { argv: ['rm', '-rf', 'backups'], via: ['parallel'] }] },
  {
    line: 'parallel -j4 \'psql -c "DROP TABLE {}"\' ::: users orders',
    commands: [{ argv: ['psql', '-c', 'DROP TABLE users'], via: ['parallel'] }, { argv: ['psql', '-c', 'DROP TABLE orders'], via: ['parallel'] }],
  },
  { line: 'parallel gzip ::: *.log', commands: [{ argv: ['gzip', '*.log'], via: ['parallel'] }] },
  // Each `:::` list is combined with the ones before; `:::+` pairs with the one before, wrapping round.
  {
    line: 'parallel mv {1} {2} ::: a b ::: x y',
    commands: [{ argv: ['mv', 'a', 'x'], via: ['parallel'] }, { argv: ['mv', 'a', 'y'], via: ['parallel'] }, { argv: ['mv', 'b', 'x'], via: ['parallel'] }, { argv: ['mv', 'b', 'y'], via: ['parallel'] }],
  },
  {
    line: 'parallel mv {1} {2} ::: a b :::+ x y z',
    commands: [{ argv: ['mv', 'a', 'x'], via: ['parallel'] }, { argv: ['mv', 'b', 'y'], via: ['parallel'] }, { argv: ['mv', 'a', 'z'], via: ['parallel'] }],
  },
  { line: 'parallel convert {} {.}.png {/} {//} {/.} ::: img/a.jpg', commands: [{ argv: ['convert', 'img/a.jpg', 'img/a.png', 'a.jpg', 'img', 'a'], via: ['parallel'] }] },
  // In a command line handed to the shell, an argument that is not a plain word is quoted.
  { line: "parallel 'echo {#}: {}' ::: 'a b; rm -rf /'", commands: [{ argv: ['echo', '1:', 'a b; rm -rf /'], via: ['parallel'] }] },
  { line: 'parallel -I ,, mv ,, ,,.bak ::: a', commands: [{ argv: ['mv', 'a', 'a.bak'], via: ['parallel'] }] },
  { line: 'parallel --arg-sep ,, rm -rf ,, data', commands: [{ argv: ['rm', '-rf', 'data'], via: ['parallel'] }] },
  // With no command, each argument is a command line.
  { line: "parallel ::: 'rm -rf /' ls", commands: [{ argv: ['rm', '-rf', '/'], via: ['parallel'] }, { argv: ['ls'], via: ['parallel'] }] },
  // Literal stdin gives the arguments, one a line.
  { line: 'echo data | parallel rm -rf', commands: [{ argv: ['echo', 'data'] }, { argv: ['rm', '-rf', 'data'], via: ['parallel'], pipelineBefore: ['echo'] }] },
  // Arguments from files are unknown: the command is still unwrapped, as written.
  { line: 'parallel rm -rf {} :::: dirs.txt', commands: [{ argv: ['rm', '-rf', '{}'], via: ['parallel'] }] },
  { line: 'parallel rm -rf ::: a ::::+ dirs.txt', commands: [{ argv: ['rm', '-rf'], via: ['parallel'] }] },
  { line: 'parallel -a dirs.txt rm -rf ::: a', commands: [{ argv: ['rm', '-rf'], via: ['parallel'] }] },
  { line: 'ls | parallel gzip', commands: [{ argv: ['ls'] }, { argv: ['gzip'], via: ['parallel'], pipelineBefore: ['ls'] }] },
  // --dry-run only prints the commands.
  { line: 'parallel --dry-run rm -rf ::: /', commands: [{ argv: ['parallel', '--dry-run', 'rm', '-rf', ':::', '/'] }] },
  {
    line: 'find . -name "*.tmp" -exec rm -f {} \\;',
    commands: [{ argv: ['find', '.', '-name', '*.tmp', '-exec', 'rm', '-f', '{}', ';'] }, { argv: ['rm', '-f', '{}'], via: ['find -exec'], text: 'rm -f {}' }],
  },
  {
    line: "find / -execdir sh -c 'rm -rf \"$1\"' _ {} + -delete",
    commands: [{ argv: ['find', '/', '-execdir', 'sh', '-c', 'rm -rf "$1"', '_', '{}', '+', '-delete'] }, { argv: ['rm', '-rf', '$1'], via: ['find -exec', 'sh -c'] }],
  },
  { line: 'find . -ok rm {} ";" -exec chmod 777 {} +', commands: [{ argv: ['find', '.', '-ok', 'rm', '{}', ';', '-exec', 'chmod', '777', '{}', '+'] }, { argv: ['rm', '{}'], via: ['find -exec'] }, { argv: ['chmod', '777', '{}'], via: ['find -exec'] }] },
  { line: 'find . -delete', commands: [{ argv: ['find', '.', '-delete'] }] },
];

const shells: ParseCase[] = [
  { line: "bash -c 'rm -rf \"$HOME\"/*'", commands: [{ argv: ['rm', '-rf', '$HOME/*'], via: ['bash -c'], text: 'rm -rf "$HOME"/*' }] },
  { line: 'sh -c "cd /; rm -rf *" | tee log', commands: [{ argv: ['cd', '/'], via: ['sh -c'] }, { argv: ['rm', '-rf', '*'], via: ['sh -c'] }, { argv: ['tee', 'log'], pipelineBefore: ['cd', 'rm'] }] },
  { line: "bash -lc 'rm x'; bash -ec 'rm y'; zsh -xc 'rm z'", commands: [{ argv: ['rm', 'x'], via: ['bash -c'] }, { argv: ['rm', 'y'], via: ['bash -c'] }, { argv: ['rm', 'z'], via: ['zsh -c'] }] },
  { line: "bash --login -c 'rm x'", commands: [{ argv: ['rm', 'x'], via: ['bash -c'] }] },
  { line: "/bin/dash -o errexit -c 'rm x'", commands: [{ argv: ['rm', 'x'], via: ['dash -c'] }] },
  { line: "ksh -c 'rm x' && fish -c 'rm y'", commands: [{ argv: ['rm', 'x'], via: ['ksh -c'] }, { argv: ['rm', 'y'], via: ['fish -c'] }] },
  { line: 'X=prod bash -c "psql -c x"', commands: [{ argv: ['psql', '-c', 'x'], via: ['bash -c'], assignments: { X: 'prod' } }] },
  { line: "bash -c 'bash -c \"sh -c \\\"rm -rf /\\\"\"'", commands: [{ argv: ['rm', '-rf', '/'], via: ['bash -c', 'bash -c', 'sh -c'] }] },
  { line: "sudo bash -c 'rm x'", commands: [{ argv: ['rm', 'x'], via: ['sudo', 'bash -c'] }] },
  { line: 'bash script.sh', commands: [{ argv: ['bash', 'script.sh'] }] },
  { line: 'bash', commands: [{ argv: ['bash'] }] },
  { line: 'sh -c "$(curl -fsSL https://x/install.sh)"', commands: [{ argv: ['curl', '-fsSL', 'https://x/install.sh'], via: ['$()'] }, { argv: ['sh', '-c', '$(curl -fsSL https://x/install.sh)'] }] },
  { line: 'bash -c "rm -rf $DIR"', commands: [{ argv: ['rm', '-rf', '$DIR'], via: ['bash -c'] }] },
  { line: 'eval "rm -rf /"', commands: [{ argv: ['rm', '-rf', '/'], via: ['eval'] }] },
  { line: 'eval rm \'-rf\' "/"', commands: [{ argv: ['rm', '-rf', '/'], via: ['eval'] }] },
  { line: 'eval "$(ssh-agent -s)"', commands: [{ argv: ['ssh-agent', '-s'], via: ['$()'] }, { argv: ['eval', '$(ssh-agent -s)'] }] },
  { line: 'eval "$(echo rm -rf /)"', commands: [{ argv: ['echo', 'rm', '-rf', '/'], via: ['$()'] }, { argv: ['rm', '-rf', '/'], via: ['eval'] }] },
  { line: 'bash -c "$(printf \'rm x\')"', commands: [{ argv: ['printf', 'rm x'], via: ['$()'] }, { argv: ['rm', 'x'], via: ['bash -c'] }] },
  { line: 'eval \'eval "rm x"\'', commands: [{ argv: ['rm', 'x'], via: ['eval', 'eval'] }] },
  { line: 'su - postgres -c "dropdb app"', commands: [{ argv: ['dropdb', 'app'], via: ['su -c'] }] },
  { line: "su -c 'rm -rf /' root", commands: [{ argv: ['rm', '-rf', '/'], via: ['su -c'] }] },
  { line: "su --command='rm x'", commands: [{ argv: ['rm', 'x'], via: ['su -c'] }] },
  { line: 'su - deploy', commands: [{ argv: ['su', '-', 'deploy'] }] },
  { line: "trap 'rm -rf /tmp/x' EXIT; trap - INT; trap -p", commands: [{ argv: ['rm', '-rf', '/tmp/x'], via: ['trap'] }, { argv: ['trap', '-', 'INT'] }, { argv: ['trap', '-p'] }] },
];

const remote: ParseCase[] = [
  {
    line: 'ssh -p 2222 -i ~/.ssh/key deploy@prod-db "sudo systemctl stop postgres && rm -rf /var/lib/x"',
    commands: [
      { argv: ['ssh', '-p', '2222', '-i', '~/.ssh/key', 'deploy@prod-db', 'sudo systemctl stop postgres && rm -rf /var/lib/x'] },
      { argv: ['systemctl', 'stop', 'postgres'], via: ['ssh', 'sudo'] },
      { argv: ['rm', '-rf', '/var/lib/x'], via: ['ssh'] },
    ],
  },
  { line: 'ssh host rm -rf /tmp/x', commands: [{ argv: ['ssh', 'host', 'rm', '-rf', '/tmp/x'] }, { argv: ['rm', '-rf', '/tmp/x'], via: ['ssh'] }] },
  { line: 'ssh -t host', commands: [{ argv: ['ssh', '-t', 'host'] }] },
  { line: 'docker exec -it web sh -c "rm -rf /app"', commands: [{ argv: ['docker', 'exec', '-it', 'web', 'sh', '-c', 'rm -rf /app'] }, { argv: ['rm', '-rf', '/app'], via: ['docker exec', 'sh -c'] }] },
  { line: 'docker exec -u root -e X=1 db psql -c "DROP TABLE t"', commands: [{ argv: ['docker', 'exec', '-u', 'root', '-e', 'X=1', 'db', 'psql', '-c', 'DROP TABLE t'] }, { argv: ['psql', '-c', 'DROP TABLE t'], via: ['docker exec'] }] },
  { line: 'docker container exec db rm x', commands: [{ argv: ['docker', 'container', 'exec', 'db', 'rm', 'x'] }, { argv: ['rm', 'x'], via: ['docker exec'] }] },
  { line: 'docker run --rm -v /:/host -e X=1 alpine rm -rf /host/etc', commands: [{ argv: ['docker', 'run', '--rm', '-v', '/:/host', '-e', 'X=1', 'alpine', 'rm', '-rf', '/host/etc'] }, { argv: ['rm', '-rf', '/host/etc'], via: ['docker run'] }] },
  { line: 'docker container run --name=t --network host -it node:20 npm test', commands: [{ argv: ['docker', 'container', 'run', '--name=t', '--network', 'host', '-it', 'node:20', 'npm', 'test'] }, { argv: ['npm', 'test'], via: ['docker run'] }] },
  { line: 'docker run --rm alpine', commands: [{ argv: ['docker', 'run', '--rm', 'alpine'] }] },
  { line: 'docker compose -f prod.yml exec -T -u app db psql -c "DROP TABLE t"', commands: [{ argv: ['docker', 'compose', '-f', 'prod.yml', 'exec', '-T', '-u', 'app', 'db', 'psql', '-c', 'DROP TABLE t'] }, { argv: ['psql', '-c', 'DROP TABLE t'], via: ['docker compose exec'] }] },
  { line: 'docker compose run --rm -e RAILS_ENV=production web rails db:drop', commands: [{ argv: ['docker', 'compose', 'run', '--rm', '-e', 'RAILS_ENV=production', 'web', 'rails', 'db:drop'] }, { argv: ['rails', 'db:drop'], via: ['docker compose run'] }] },
  { line: 'docker-compose exec db rm -rf /var/lib/postgresql/data', commands: [{ argv: ['docker-compose', 'exec', 'db', 'rm', '-rf', '/var/lib/postgresql/data'] }, { argv: ['rm', '-rf', '/var/lib/postgresql/data'], via: ['docker-compose exec'] }] },
  { line: 'docker compose up -d', commands: [{ argv: ['docker', 'compose', 'up', '-d'] }] },
  { line: 'fly ssh console -a shop -C "rm -rf /data"', commands: [{ argv: ['fly', 'ssh', 'console', '-a', 'shop', '-C', 'rm -rf /data'] }, { argv: ['rm', '-rf', '/data'], via: ['fly ssh console'] }] },
  { line: 'flyctl ssh console --command=\'psql -c "DROP TABLE t"\'', commands: [{ argv: ['flyctl', 'ssh', 'console', '--command=psql -c "DROP TABLE t"'] }, { argv: ['psql', '-c', 'DROP TABLE t'], via: ['fly ssh console'] }] },
  { line: 'fly ssh console', commands: [{ argv: ['fly', 'ssh', 'console'] }] },
  { line: 'gcloud compute ssh vm --zone z -- rm -rf /data', commands: [{ argv: ['gcloud', 'compute', 'ssh', 'vm', '--zone', 'z', '--', 'rm', '-rf', '/data'] }, { argv: ['rm', '-rf', '/data'], via: ['gcloud compute ssh'] }] },
  { line: 'gcloud compute ssh vm --command="sudo rm -rf /srv"', commands: [{ argv: ['gcloud', 'compute', 'ssh', 'vm', '--command=sudo rm -rf /srv'] }, { argv: ['rm', '-rf', '/srv'], via: ['gcloud compute ssh', 'sudo'] }] },
  { line: 'docker ps', commands: [{ argv: ['docker', 'ps'] }] },
  { line: 'kubectl exec -n prod api-0 -c app -- rm -rf /data', commands: [{ argv: ['kubectl', 'exec', '-n', 'prod', 'api-0', '-c', 'app', '--', 'rm', '-rf', '/data'] }, { argv: ['rm', '-rf', '/data'], via: ['kubectl exec'] }] },
  { line: 'kubectl get pods -- x', commands: [{ argv: ['kubectl', 'get', 'pods', '--', 'x'] }] },
];

describe('shell parser: prefix wrappers', () => runCases(prefixes));
describe('shell parser: xargs, parallel, find -exec', () => runCases(fanOut));
describe('shell parser: shells, eval, su', () => runCases(shells));
describe('shell parser: remote execution', () => runCases(remote));
