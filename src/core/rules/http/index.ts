// The http pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as deleteRequest } from './delete-request';
import { rule as destructiveBody } from './destructive-body';
import { rule as graphqlDeleteMutation } from './graphql-delete-mutation';

export const rules: readonly Rule[] = [deleteRequest, destructiveBody, graphqlDeleteMutation];
