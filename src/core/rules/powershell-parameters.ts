// Reading a PowerShell cmdlet's parameters out of a simple command's argv. PowerShell matches parameter names without
// regard to case and accepts any unambiguous prefix (`-Rec` for -Recurse, `-fo` for -Force) or an alias (`-wi` for
// -WhatIf); a switch may be given a value after a colon (`-Recurse:$false`), and so may a parameter (`-Path:x`).
// Shared by the PowerShell rules of the filesystem and disks packs.

export interface CmdletSpec {
  /** Switch parameters (no value), lower-case canonical names. */
  switches: readonly string[];
  /** Parameters that take a value, lower-case canonical names. */
  values: readonly string[];
  /** Extra aliases of this cmdlet, lower-case, to canonical names. */
  aliases?: Readonly<Record<string, string>>;
}

/** What a cmdlet call says: switches on or off, parameter values, and positional words (`a,b` arrays split). */
export interface CmdletCall {
  switches: Map<string, boolean>;
  values: Map<string, string[]>;
  positional: string[];
}

/** The common parameters every cmdlet takes, with -WhatIf and -Confirm (taken by every cmdlet that changes things). */
const COMMON_SWITCHES: readonly string[] = ['verbose', 'debug', 'whatif', 'confirm'];
const COMMON_VALUES: readonly string[] = [
  'erroraction', 'warningaction', 'informationaction', 'errorvariable', 'warningvariable', 'informationvariable',
  'outvariable', 'outbuffer', 'pipelinevariable', 'progressaction',
];
const COMMON_ALIASES: Readonly<Record<string, string>> = {
  vb: 'verbose', db: 'debug', wi: 'whatif', cf: 'confirm', ea: 'erroraction', wa: 'warningaction', infa: 'informationaction',
  ev: 'errorvariable', wv: 'warningvariable', iv: 'informationvariable', ov: 'outvariable', ob: 'outbuffer', pv: 'pipelinevariable',
  proga: 'progressaction',
};

const PARAMETER_WORD = /^-([A-Za-z][A-Za-z0-9_]*)(?::(.*))?$/s;

/** The canonical name a `-word` stands for in this cmdlet, or undefined when it names none or several (`-f`). */
export function resolveParameter(word: string, spec: CmdletSpec): string | undefined {
  const found = PARAMETER_WORD.exec(word);
  if (!found) return undefined;
  const name = found[1].toLowerCase();
  const alias = spec.aliases?.[name] ?? COMMON_ALIASES[name];
  if (alias) return alias;
  let match: string | undefined;
  for (const list of [spec.switches, spec.values, COMMON_SWITCHES, COMMON_VALUES]) {
    for (const canonical of list) {
      if (canonical === name) return canonical;
      if (canonical.startsWith(name)) {
        if (match !== undefined && match !== canonical) return undefined;
        match = canonical;
      }
    }
  }
  return match;
}

function isSwitch(name: string, spec: CmdletSpec): boolean {
  return spec.switches.includes(name) || COMMON_SWITCHES.includes(name);
}

/** Reads argv as a call of the cmdlet `spec` describes. Words that name no parameter of it are ignored. */
export function readCmdlet(argv: readonly string[], spec: CmdletSpec): CmdletCall {
  const call: CmdletCall = { switches: new Map(), values: new Map(), positional: [] };
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word.length > 1 && word.startsWith('-')) {
      const name = resolveParameter(word, spec);
      if (name === undefined) continue;
      const colon = word.indexOf(':');
      const inline = colon < 0 ? undefined : word.slice(colon + 1);
      if (isSwitch(name, spec)) {
        call.switches.set(name, inline === undefined || !/^\$?(false|0)$/i.test(inline));
      } else {
        const value = inline ?? argv[++i];
        if (value !== undefined) call.values.set(name, [...(call.values.get(name) ?? []), ...value.split(',').filter(Boolean)]);
      }
      continue;
    }
    call.positional.push(...word.split(',').filter(Boolean));
  }
  return call;
}

/** True when the words include -WhatIf (or a prefix or `-wi`), which only describes what would happen. */
export function isWhatIf(argv: readonly string[], spec: CmdletSpec): boolean {
  return readCmdlet(argv, spec).switches.get('whatif') === true;
}
