// Quitting with unsaved changes asks first. The renderer holds the document, so "save" means: stay open and
// let the renderer run its save command; "discard" closes, and the journal is dropped with the documents.
export interface QuitQuestion {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: boolean;
}

export type QuitDecision = 'quit' | 'save' | 'cancel';

export function quitQuestion(dirtyTitles: string[]): QuitQuestion | null {
  if (dirtyTitles.length === 0) return null;
  return {
    type: 'warning',
    title: '公报编排',
    message: '有尚未保存的修改，要先保存吗？',
    detail: `未保存：${dirtyTitles.join('、')}\n不保存直接退出，这些修改将会丢失。`,
    buttons: ['保存', '不保存，退出', '取消'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

export function quitDecision(response: number): QuitDecision {
  return response === 1 ? 'quit' : response === 0 ? 'save' : 'cancel';
}
