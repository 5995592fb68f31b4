import { rule } from '../../../../src/core/rules/http/destructive-body';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'curl -X POST https://api.example.com/items -d \'{"name":"remove old banner"}\'',
    'curl -X POST https://api.example.com/posts -d \'{"title":"How to DROP TABLE safely","body":"x"}\'',
    'curl -X POST https://api.example.com/items --data @payload.json',
    'curl -X POST https://api.example.com/items -d @-',
    "curl 'https://www.google.com/search?q=drop+table+users'",
    "curl 'http://localhost:8123/?query=SELECT%201'",
    "curl 'http://localhost:8123/?query=DROP%20TABLE%20events'",
    'curl -X POST http://localhost:8123/ -d "SELECT count() FROM events"',
    'http POST api.example.com/items name=delete-me-later',
    'curl -F file=@report.pdf https://upload.example.com/',
    String.raw`curl https://api.example.com/graphql -d '{"query":"mutation { deleteUser(id: 7) }"}'`,
    'grep -r "action": "delete" .',
  ],
  stop: [
    { command: 'curl -X POST https://api.example.com/jobs -d \'{"action":"delete","id":42}\'', messageId: 'operation' },
    { command: 'curl -X PATCH https://api.example.com/doc -H "Content-Type: application/json-patch+json" --data-raw \'[{"op":"remove","path":"/items"}]\'', messageId: 'operation' },
    { command: 'curl -X POST https://app.example.com/projects/3 -d "_method=DELETE"', messageId: 'operation' },
    { command: 'curl https://app.example.com/projects/3 --data-urlencode "action=destroy"', messageId: 'operation' },
    { command: 'http POST api.example.com/admin operation=purge target=all', messageId: 'operation' },
    { command: 'wget --post-data=\'{"command":"wipe"}\' https://api.example.com/admin', messageId: 'operation' },
    { command: 'curl -X POST http://localhost:8123/ -d "DROP TABLE events"', messageId: 'sql', severity: 'destructive' },
    { command: 'curl -X POST "http://localhost:8123/?query=DROP%20DATABASE%20analytics"', messageId: 'sql', severity: 'catastrophic' },
    { command: 'curl https://db.example.com/v2/sql -d \'{"sql":"TRUNCATE TABLE users"}\'', messageId: 'sql' },
    { command: 'curl https://hasura.example.com/v2/query -d \'{"type":"run_sql","args":{"sql":"DROP SCHEMA public CASCADE"}}\'', messageId: 'sql', severity: 'catastrophic' },
    { command: 'curl https://api.example.com/graphql -d @delete-volume.json', messageId: 'bodyFile', severity: 'catastrophic' },
    { command: 'curl -X POST https://api.example.com/x --data-binary @scripts/drop_tables.sql', messageId: 'bodyFile' },
    { command: 'curl https://api.example.com/graphql -F query=@purge-queue.graphql', messageId: 'bodyFile' },
    { command: 'gh api graphql --input remove-collaborator.json', messageId: 'bodyFile' },
    { command: 'http POST api.example.com/graphql @wipe-env.json', messageId: 'bodyFile', severity: 'catastrophic' },
    { command: 'sudo curl -X POST http://localhost:8123/ --data-binary "TRUNCATE TABLE logs"', messageId: 'sql' },
  ],
});
