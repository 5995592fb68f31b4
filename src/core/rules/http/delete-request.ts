// http/delete-request: an HTTP client sending DELETE (curl -X DELETE, wget --method=DELETE, `http DELETE url`,
// `gh api -X DELETE`, a method-override header), or POSTing to a delete action (`…/volumes/42/delete`, `_delete_by_query`).
import type { Rule, RuleMatch, Severity } from '../types';
import { destructiveVerbOf, HTTP_CLIENT_COMMANDS, identifierWords, isCriticalNoun, readHttpRequest, urlPath } from './http-request';

/** Verbs that, as the last segment of a POST URL, name a delete action. */
const URL_ACTION_VERBS = new Set(['delete', 'deletes', 'del', 'destroy', 'purge', 'wipe', 'truncate', 'drop', 'erase', 'nuke']);

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Path segments, with a Google-style custom method split off the last one (`projects/p:delete` → projects, p, delete). */
function segmentsOf(url: string): string[] {
  const segments = urlPath(url).split('/').filter(Boolean);
  const last = segments.pop();
  if (last !== undefined) segments.push(...last.split(':').filter(Boolean));
  return segments;
}

/** Deleting `…/projects/{id}`, `…/volumes/{id}`, `repos/{owner}/{repo}`: the whole thing and everything in it goes. */
function isCriticalResource(segments: readonly string[], actionSegment: boolean): boolean {
  const n = segments.length;
  const resourceEnd = actionSegment ? n - 1 : n;
  const near = segments.slice(Math.max(0, resourceEnd - 2), resourceEnd);
  if (near.some(isCriticalNoun)) return true;
  if (actionSegment && identifierWords(segments[n - 1] ?? '').some(isCriticalNoun)) return true;
  // GitHub: DELETE repos/{owner}/{repo}, DELETE orgs/{org}.
  return resourceEnd === 3 && segments[0] === 'repos';
}

export const rule: Rule = {
  meta: {
    id: 'http/delete-request',
    title: 'HTTP DELETE request',
    severity: 'destructive',
    category: 'destructive',
    why: 'An API call that deletes takes effect on the live service at once; there is no undo and often no trash.',
    saferAlternative: 'Do the deletion yourself in the provider\'s dashboard, where you can see what goes with it, or send a GET first to check what the URL points at.',
    messages: {
      delete: '{{tool}} sends DELETE to {{url}}.',
      deleteCritical: '{{tool}} sends DELETE to {{url}}, which deletes a whole {{resource}} and everything in it.',
      deleteAction: '{{tool}} sends {{method}} to {{url}}, a "{{verb}}" action.',
    },
  },
  commands: HTTP_CLIENT_COMMANDS,
  match(command): RuleMatch | null {
    const request = readHttpRequest(command);
    if (!request) return null;
    for (const url of request.urls.length > 0 ? request.urls : ['the URL']) {
      // A GET (most requests) needs no segments.
      if (READ_ONLY_METHODS.has(request.method)) continue;
      const segments = segmentsOf(url);
      if (request.method === 'DELETE') {
        const data = { tool: request.tool, url, method: request.method };
        if (isCriticalResource(segments, false)) {
          const resource = [...segments].reverse().find(isCriticalNoun) ?? 'repository';
          return { messageId: 'deleteCritical', data: { ...data, resource }, severity: 'catastrophic' as Severity };
        }
        return { messageId: 'delete', data };
      }
      const last = segments[segments.length - 1] ?? '';
      const verb = destructiveVerbOf(last);
      // Purging a CDN cache loses nothing; `…/cart/remove-item` and `…/reset` are everyday app actions.
      if (!verb || !URL_ACTION_VERBS.has(verb) || identifierWords(last).includes('cache')) continue;
      const severity: Severity = isCriticalResource(segments, true) ? 'catastrophic' : 'destructive';
      return { messageId: 'deleteAction', data: { tool: request.tool, url, method: request.method, verb }, severity };
    }
    return null;
  },
};
