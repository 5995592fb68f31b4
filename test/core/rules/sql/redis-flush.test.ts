import { rule } from '../../../../src/core/rules/sql/redis-flush';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['redis-cli ping', 'redis-cli get flushall', 'redis-cli --scan --pattern "session:*"', 'redis-cli -n 2 keys "*"', 'redis-cli del session:42', 'echo flushall'],
  stop: [
    { command: 'redis-cli flushall', messageId: 'flushAll', severity: 'catastrophic' },
    { command: 'redis-cli -h cache.internal -p 6380 -a secret FLUSHALL ASYNC', messageId: 'flushAll' },
    { command: 'redis-cli -n 3 FLUSHDB', messageId: 'flushDb', severity: 'destructive' },
    { command: 'valkey-cli flushdb', messageId: 'flushDb' },
    { command: 'echo FLUSHALL | redis-cli', messageId: 'flushAll' },
    { command: 'redis-cli EVAL "return redis.call(\'FLUSHALL\')" 0', messageId: 'flushAll' },
    { command: 'redis-cli <<EOF\nSELECT 1\nFLUSHDB\nEOF', messageId: 'flushDb' },
    { command: 'redis-cli --scan --pattern "user:*" | xargs redis-cli del', messageId: 'massDelete' },
  ],
});
