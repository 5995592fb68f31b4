// Rule messages: `{{name}}` placeholders are filled from the match's data; anything else is left as written.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatMessage } from '../../src/core/classify';

describe('formatMessage', () => {
  const cases: [template: string, data: Record<string, string> | undefined, expected: string][] = [
    ['rm deletes everything.', { tool: 'rm' }, 'rm deletes everything.'],
    ['{{tool}} deletes {{target}}.', { tool: 'rm', target: '/' }, 'rm deletes /.'],
    ['{{ tool }} at the start, {{tool}} twice', { tool: 'dd' }, 'dd at the start, dd twice'],
    ['unknown {{name}} stays visible', { tool: 'rm' }, 'unknown {{name}} stays visible'],
    ['no data: {{tool}}', undefined, 'no data: {{tool}}'],
    ['inherited names are not data: {{toString}}', {}, 'inherited names are not data: {{toString}}'],
    ['not a name: {{a b}} then {{tool}}', { tool: 'x' }, 'not a name: {{a b}} then x'],
    ['nested: {{ {{tool}} }}', { tool: 'x' }, 'nested: {{ x }}'],
    ['unclosed {{tool', { tool: 'x' }, 'unclosed {{tool'],
    ['values are not read again: {{a}}', { a: '{{b}}', b: 'no' }, 'values are not read again: {{b}}'],
    ['{{a}}{{b}}', { a: '1', b: '2' }, '12'],
    ['empty value: [{{a}}]', { a: '' }, 'empty value: []'],
  ];
  for (const [template, data, expected] of cases) {
    it(JSON.stringify(template), () => assert.equal(formatMessage(template, data), expected));
  }
});
