// Parses a shell command line into the simple commands that would run.
// v0: a minimal tokenizer (quotes, escapes, ; && || | & newlines). The full parser replaces this file.
import type { ParsedLine, ParseLimits, SimpleCommand } from './types';
import { DEFAULT_PARSE_LIMITS } from './types';

export function parseCommandLine(source: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedLine {
  if (source.length > limits.maxLength) {
    return { source, commands: [], problems: [{ code: 'too-long', message: `command is longer than ${limits.maxLength} characters` }] };
  }
  const commands: SimpleCommand[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let pipeline: SimpleCommand[] = [];
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (piped: boolean) => {
    endWord();
    if (words.length > 0) {
      const argv = words;
      const cmd: SimpleCommand = {
        argv,
        name: (argv[0] ?? '').replace(/^\\/, '').split('/').pop() ?? '',
        assignments: [],
        redirects: [],
        pipedInput: pipeline.length > 0,
        pipelineBefore: [...pipeline],
        via: [],
        text: argv.join(' '),
      };
      commands.push(cmd);
      pipeline = piped ? [...pipeline, cmd] : [];
    } else if (!piped) pipeline = [];
    words = [];
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "'") {
      const end = source.indexOf("'", i + 1);
      if (end < 0) return { source, commands, problems: [{ code: 'unterminated-quote', message: 'unterminated single quote' }] };
      word += source.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < source.length && source[j] !== '"'; j++) {
        if (source[j] === '\\' && j + 1 < source.length) j++;
        word += source[j];
      }
      if (j >= source.length) return { source, commands, problems: [{ code: 'unterminated-quote', message: 'unterminated double quote' }] };
      inWord = true;
      i = j;
    } else if (c === '\\' && i + 1 < source.length) {
      word += source[++i];
      inWord = true;
    } else if (c === '|' && source[i + 1] !== '|') {
      endCommand(true);
    } else if (c === ';' || c === '&' || c === '|' || c === '\n') {
      if ((c === '&' || c === '|') && source[i + 1] === c) i++;
      endCommand(false);
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand(false);
  return { source, commands, problems: [] };
}
