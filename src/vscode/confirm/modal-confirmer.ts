// The one modal confirmation every part of the extension uses (terminal gate, agent hooks, "Check a Command…").
// A warning dialog with typed buttons, the safe one first (Enter = Deny); closing it denies. In production, allowing a
// catastrophic or destructive command also needs the workspace name typed. One dialog at a time (ModalQueue); a
// request nobody answers within agentGuard.confirmation.timeoutSeconds is denied. Every answer goes to the activity log.
import * as vscode from 'vscode';
import type { ModalQueue } from '../modal-queue';
import { confirmView, validateTypedName, type ConfirmView } from '../models/confirm-model';
import type { WindowConfig } from '../models/extension-config';
import type { ActivitySink, ConfirmAnswer, ConfirmRequest, Confirmer } from '../services';

export interface ModalConfirmerInit {
  modals: ModalQueue;
  activity: ActivitySink;
  getConfig: () => WindowConfig;
}

/** What a person is told who allows a request after it was denied for want of an answer. */
function lateAllowMessage(timeoutSeconds: number): string {
  return `Agent Guard: that request was already denied, because nobody answered within ${timeoutSeconds} s. Nothing ran. Run the command again to be asked again.`;
}

export class ModalConfirmer implements Confirmer, vscode.Disposable {
  private readonly pending = new Set<vscode.CancellationTokenSource>();

  constructor(private readonly init: ModalConfirmerInit) {}

  async confirm(request: ConfirmRequest): Promise<ConfirmAnswer> {
    const config = this.init.getConfig().confirmation;
    const view = confirmView(request, config);
    const expiry = new vscode.CancellationTokenSource();
    this.pending.add(expiry);
    const timer = setTimeout(() => expiry.cancel(), config.timeoutSeconds * 1000);
    const timedOut: ConfirmAnswer = { allowed: false, answeredBy: 'timeout' };
    const expired = new Promise<ConfirmAnswer>((resolve) => expiry.token.onCancellationRequested(() => resolve(timedOut)));

    // The queue moves on when the request expires, even if its dialog is still open (VS Code cannot close a modal);
    // a late click on that dialog changes nothing (the request was already denied), and a late "Allow" says so.
    const answer = await this.init.modals.run(() =>
      expiry.token.isCancellationRequested ? Promise.resolve(timedOut) : Promise.race([this.ask(view, expiry.token, config.timeoutSeconds), expired]),
    );
    clearTimeout(timer);
    this.pending.delete(expiry);
    expiry.dispose();

    const d = request.decision;
    this.init.activity.record({
      kind: 'decision',
      source: request.source,
      command: d.command,
      decision: answer.allowed ? 'allow' : 'deny',
      rules: d.rules,
      environment: d.environment,
      path: request.cwd,
      detail:
        answer.answeredBy === 'person'
          ? `${answer.allowed ? 'Allowed' : 'Denied'} by the person in the confirmation dialog.`
          : answer.answeredBy === 'timeout'
            ? `Denied: nobody answered within ${config.timeoutSeconds} s.`
            : 'Denied: the confirmation dialog was closed.',
      flagged: answer.allowed,
    });
    return answer;
  }

  private async ask(view: ConfirmView, token: vscode.CancellationToken, timeoutSeconds: number): Promise<ConfirmAnswer> {
    const deny: vscode.MessageItem = { title: view.denyLabel };
    const allow: vscode.MessageItem = { title: view.allowLabel };
    const picked = await vscode.window.showWarningMessage(view.message, { modal: true, detail: view.detail }, deny, allow);
    if (token.isCancellationRequested) {
      // A person allowing a request that already expired would otherwise believe the command is running.
      if (picked === allow) void vscode.window.showInformationMessage(lateAllowMessage(timeoutSeconds));
      return { allowed: false, answeredBy: 'timeout' };
    }
    if (picked === undefined) return { allowed: false, answeredBy: 'dismissed' };
    if (picked !== allow) return { allowed: false, answeredBy: 'person' };
    if (view.typeToConfirm === undefined) return { allowed: true, answeredBy: 'person' };
    const expected = view.typeToConfirm;
    const typed = await vscode.window.showInputBox(
      {
        title: 'Agent Guard: confirm in production',
        prompt: `Type the workspace name "${expected}" to allow this command once. Press Escape to deny.`,
        placeHolder: expected,
        ignoreFocusOut: true,
        validateInput: (value) => validateTypedName(value, expected),
      },
      token,
    );
    if (token.isCancellationRequested) return { allowed: false, answeredBy: 'timeout' };
    if (typed === undefined) return { allowed: false, answeredBy: 'dismissed' };
    return typed === expected ? { allowed: true, answeredBy: 'person' } : { allowed: false, answeredBy: 'person' };
  }

  /** Denies everything still waiting (the window is closing). */
  dispose(): void {
    for (const source of this.pending) source.cancel();
    this.pending.clear();
  }
}
