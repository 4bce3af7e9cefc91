// The web host has no native dialogs. Its DialogPort answers from a queue that a test (or an automation
// script) fills through the token-protected /api/test/dialog route; with nothing queued a dialog counts as
// cancelled, which the renderer already handles.
import type { DialogPort } from '../services/ports';

export class ScriptedDialogs implements DialogPort {
  private readonly answers: (string[] | null)[] = [];

  queue(answer: string[] | null): void {
    this.answers.push(answer);
  }

  async openFiles(): Promise<string[] | null> {
    return this.answers.shift() ?? null;
  }

  async saveFile(): Promise<string | null> {
    return this.answers.shift()?.[0] ?? null;
  }
}
