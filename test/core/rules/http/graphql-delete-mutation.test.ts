import { rule } from '../../../../src/core/rules/http/graphql-delete-mutation';
import { runRuleTable } from '../../../helpers/rule-tester';

const railway = String.raw`curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -H "Content-Type: application/json" -d '{"query":"mutation { volumeDelete(volumeId: \"3f1c-aa\") }"}'`;

runRuleTable(rule, {
  allow: [
    String.raw`curl -X POST https://api.example.com/graphql -d '{"query":"{ users { id deletedAt } }"}'`,
    String.raw`curl https://api.example.com/graphql -H 'Content-Type: application/json' --data '{"query":"query Deleted { deletedProjects { id } }"}'`,
    String.raw`curl -X POST https://api.example.com/graphql -d '{"query":"mutation { projectCreate(input: {name: \"delete-me\"}) { id } }"}'`,
    String.raw`curl -X POST https://api.example.com/graphql -d '{"query":"mutation { updateUser(id: 1, deleted: false) { id } }"}'`,
    String.raw`curl -X POST https://api.example.com/graphql -d '{"query":"mutation { resetPassword(email: \"a@b.c\") }"}'`,
    String.raw`gh api graphql -f query='query { viewer { login } }'`,
    String.raw`http POST api.example.com/graphql query='{ deletedItems { id } }'`,
    String.raw`echo '{"query":"mutation { volumeDelete(volumeId: \"x\") }"}'`,
    String.raw`curl -X POST https://api.example.com/graphql -d '{"query":"# mutation { volumeDelete }\n{ me { id } }"}'`,
  ],
  stop: [
    { command: railway, messageId: 'mutationCritical', severity: 'catastrophic' },
    { command: String.raw`curl https://backboard.railway.app/graphql/v2 --data-raw '{"query":"mutation($id: String!) { projectDelete(id: $id) }","variables":{"id":"p"}}'`, messageId: 'mutationCritical', severity: 'catastrophic' },
    { command: String.raw`curl https://api.example.com/graphql --data-binary '{"query":"mutation { environmentDelete(id: \"e\") }"}'`, messageId: 'mutationCritical' },
    { command: String.raw`curl https://api.example.com/graphql --json '{"query":"mutation DeleteIt { backupDelete(id: 1) { ok } }"}'`, messageId: 'mutationCritical' },
    { command: String.raw`curl https://api.example.com/graphql -d '{"query":"mutation { deleteUser(id: 7) { id } }"}'`, messageId: 'mutation', severity: 'destructive' },
    { command: String.raw`curl https://api.example.com/graphql -d '{"query":"mutation { x: removeMember(id: 7) { id } }"}'`, messageId: 'mutation' },
    { command: String.raw`curl https://api.example.com/graphql -H 'Content-Type: application/graphql' -d 'mutation { purgeQueue(name: "jobs") }'`, messageId: 'mutation' },
    { command: String.raw`curl https://api.example.com/graphql -F operations='{"query":"mutation { wipeStorage }"}' -F map='{}'`, messageId: 'mutation' },
    { command: String.raw`gh api graphql -f query='mutation { deleteRepository(input: {repositoryId: "R_1"}) { clientMutationId } }'`, messageId: 'mutationCritical', severity: 'catastrophic' },
    { command: String.raw`http POST https://api.example.com/graphql query='mutation { dropDatabase(name: "main") }'`, messageId: 'mutationCritical' },
    { command: String.raw`xh https://api.example.com/graphql query='mutation { truncateEvents }'`, messageId: 'mutation' },
    { command: String.raw`curl https://api.example.com/graphql -d '[{"query":"{ me { id } }"},{"query":"mutation { serviceDelete(id: \"s\") }"}]'`, messageId: 'mutation' },
    { command: String.raw`curl https://api.example.com/graphql -d '{"query":"mutation { a: createNote(t: \"x\") { id } volume_delete(id: 1) }"}'`, messageId: 'mutationCritical' },
    { command: String.raw`sudo curl https://api.example.com/graphql -d '{"query":"mutation { deleteUser(id: 7) }"}'`, messageId: 'mutation' },
    { command: String.raw`bash -c 'curl https://api.example.com/graphql -d "{\"query\":\"mutation { deleteUser(id: 7) }\"}"'`, messageId: 'mutation' },
  ],
});
