// http/graphql-delete-mutation: a GraphQL request whose mutation deletes, drops, destroys, purges, wipes, removes,
// truncates or resets something — the Railway `volumeDelete` incident. Queries that merely mention deleted fields pass.
import type { Rule, RuleMatch } from '../types';
import { graphqlDocumentsIn, mutationFields } from './graphql-operations';
import { destructiveVerbOf, HTTP_CLIENT_COMMANDS, identifierWords, isCriticalNoun, readHttpRequest } from './http-request';

export const rule: Rule = {
  meta: {
    id: 'http/graphql-delete-mutation',
    title: 'GraphQL delete mutation',
    severity: 'destructive',
    category: 'destructive',
    why: 'A GraphQL mutation sent with curl runs straight against the provider\'s API with your token: a delete of a volume, database or project is immediate and usually takes its backups with it.',
    saferAlternative: 'Make the change in the provider\'s dashboard or CLI, which confirm first, and take a backup before anything is deleted.',
    messages: {
      mutation: 'This request runs the GraphQL mutation {{field}} against {{url}}.',
      mutationCritical: 'This request runs the GraphQL mutation {{field}} against {{url}}: it deletes a whole {{resource}}, with its data.',
    },
  },
  commands: HTTP_CLIENT_COMMANDS,
  match(command): RuleMatch | null {
    const request = readHttpRequest(command);
    if (!request) return null;
    const url = request.urls[0] ?? 'the API';
    let found: { field: string; resource?: string } | undefined;
    for (const body of request.bodies) {
      for (const doc of graphqlDocumentsIn(body)) {
        for (const field of mutationFields(doc)) {
          if (!destructiveVerbOf(field)) continue;
          const resource = identifierWords(field).find(isCriticalNoun);
          if (resource) return { messageId: 'mutationCritical', data: { field, url, resource }, severity: 'catastrophic' };
          found = found ?? { field };
        }
      }
    }
    return found ? { messageId: 'mutation', data: { field: found.field, url } } : null;
  },
};
