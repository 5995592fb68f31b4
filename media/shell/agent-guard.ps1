# Agent Guard terminal gate for PowerShell (best effort, opt-in; not tested in CI: PowerShell is not in Debian).
#
# PowerShell has no startup hook the editor can reach through the environment, so this file is not loaded by itself:
# add `. "$env:AGENT_GUARD_SHELL_DIR/agent-guard.ps1"` to your profile ($PROFILE) if you want it. It binds Enter
# (PSReadLine) to a handler that checks the whole line with agent-guard-check (bash, over the local channel) before
# PowerShell runs it; a stopped line is cleared and kept in history. Needs bash on PATH (Linux, macOS, Git Bash).

if (-not $env:AGENT_GUARD_SHELL_DIR -or -not (Get-Module -Name PSReadLine)) { return }
if ($global:AgentGuardPwshLoaded) { return }
$global:AgentGuardPwshLoaded = $true
$env:AGENT_GUARD_GATED_PID = "$PID"

Set-PSReadLineKeyHandler -Key Enter -BriefDescription 'AgentGuardAcceptLine' -ScriptBlock {
    $line = $null
    $cursor = $null
    [Microsoft.PowerShell.PSConsoleReadLine]::GetBufferState([ref]$line, [ref]$cursor)
    if ([string]::IsNullOrWhiteSpace($line)) {
        [Microsoft.PowerShell.PSConsoleReadLine]::AcceptLine()
        return
    }
    $check = Join-Path $env:AGENT_GUARD_SHELL_DIR 'agent-guard-check'
    Write-Host ''
    & bash $check $line (Get-Location).Path
    if ($LASTEXITCODE -eq 0) {
        [Microsoft.PowerShell.PSConsoleReadLine]::AcceptLine()
    } else {
        [Microsoft.PowerShell.PSConsoleReadLine]::AddToHistory($line)
        [Microsoft.PowerShell.PSConsoleReadLine]::RevertLine()
    }
}
