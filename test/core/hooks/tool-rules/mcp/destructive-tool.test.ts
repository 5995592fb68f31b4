import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { rule } from '../../../../../src/core/hooks/tool-rules/mcp/destructive-tool';
import { runToolRuleTable } from '../../../../helpers/tool-rule-tester';

// Tool names as agents send them: bare (Cursor's beforeMCPExecution), `mcp__<server>__<tool>` (Claude Code),
// `mcp_<server>_<tool>` (Copilot), `MCP:<tool>` (Cursor's preToolUse).
runToolRuleTable(rule, {
  input: (toolName) => ({ toolName }),
  allow: [
    // Nouns and past participles name what was deleted; they read, not delete.
    'list_deletions',
    'get_removed_items',
    'deleted_items',
    'removal_policy',
    // One word that only contains a verb.
    'undelete',
    'undelete_file',
    'dropdown_options',
    'airdrop_claim',
    'backdrop_color',
    // A first word that looks or undoes.
    'list_delete_markers',
    'get_drop_status',
    'describe_purge_policy',
    'can_delete_user',
    'preview_destroy',
    'undo_delete',
    'restore_dropped_table',
    'MCP:list_delete_markers',
    // Everyday tools.
    'create_issue',
    'postgres_query',
    'mcp__postgres__query',
    'mcp__github__search_issues',
    'mcp_github_create_pull_request',
    'resetting_guide',
    // Claude's server name is not the tool's name.
    'mcp__delete-bot__status',
  ],
  stop: [
    { example: 'delete_issue', messageId: 'named' },
    { example: 'dropTable', messageId: 'named' },
    { example: 'db.purge', messageId: 'named' },
    { example: 'delete', messageId: 'named' },
    { example: 'DeleteBucket', messageId: 'named' },
    { example: 'XMLDelete', messageId: 'named' },
    { example: 'DROP_DATABASE', messageId: 'named' },
    { example: 'bulk_delete_users', messageId: 'named' },
    { example: 'deleteMany', messageId: 'named' },
    { example: 'remove-member', messageId: 'named' },
    { example: 'fs_rm', messageId: 'named' },
    { example: 'redis_del', messageId: 'named' },
    { example: 'destroy_stack', messageId: 'named' },
    { example: 'truncate_table', messageId: 'named' },
    { example: 'wipe_device', messageId: 'named' },
    { example: 'erase_volume', messageId: 'named' },
    { example: 'nuke_environment', messageId: 'named' },
    { example: 'reset_database', messageId: 'named' },
    { example: 'drain_node', messageId: 'named' },
    { example: 'terminate_instances', messageId: 'named' },
    { example: 'prune_images', messageId: 'named' },
    { example: 'redis.flushall', messageId: 'named' },
    { example: 'supabase.deleteProject', messageId: 'named' },
    { example: 'mcp__github__delete_issue', messageId: 'named' },
    { example: 'mcp__railway__volumeDelete', messageId: 'named' },
    { example: 'mcp_github_delete_repository', messageId: 'named' },
    { example: 'MCP:delete_file', messageId: 'named' },
    // Copilot's server name cannot be told from the tool's: a server named like a look does not excuse the call.
    { example: 'mcp_search_delete_index', messageId: 'named' },
  ],
});

test('mcp/destructive-tool: the message names the tool and the word that gave it away', () => {
  assert.deepEqual(rule.match({ toolName: 'mcp__linear__deleteIssue' }), {
    messageId: 'named',
    data: { tool: 'mcp__linear__deleteIssue', does: 'deletes', word: 'delete' },
  });
});
