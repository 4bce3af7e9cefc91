// Re-joins paragraphs that text extraction cut at a page break ("…纳入各级政" / "府经济社会发展…").
// Only for text sources: a docx paragraph is whole by construction.
import type { SourceItem, SourceText } from '../source';
import {
  ATTACHMENT, ATTACHMENT_LABEL, BRACKETED, CHRONICLE, COPY_TO, DATE_LINE, GENRE_END, NOTE_LINE, PROSE_PUNCT, TABLE_NOTE,
  TABLE_TITLE, TERMINAL, headingOf, parseDocNo,
} from './patterns';

/** A line that starts something of its own and is never the tail of the previous paragraph. */
export function startsSomething(t: string): boolean {
  return (
    !!headingOf(t) || DATE_LINE.test(t) || NOTE_LINE.test(t) || ATTACHMENT.test(t) || ATTACHMENT_LABEL.test(t) || COPY_TO.test(t) ||
    CHRONICLE.test(t) || TABLE_TITLE.test(t) || TABLE_NOTE.test(t) || /^(——|—|第[一二三四五六七八九十百零〇]+条)/.test(t) ||
    (BRACKETED.test(t) && t.length <= 40) || !!parseDocNo(t) || /^(同志们|各位)/.test(t)
  );
}

function unbalanced(t: string): boolean {
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/《/g) > count(/》/g) || count(/“/g) > count(/”/g) || count(/[（(]/g) > count(/[）)]/g);
}

/** Could the text go on in the next line? */
function continues(t: string): boolean {
  if (t.length < 6 || (TERMINAL.test(t) && !/》$/.test(t))) return false;
  if (DATE_LINE.test(t) || NOTE_LINE.test(t) || parseDocNo(t) || (BRACKETED.test(t) && t.length <= 40)) return false;
  const head = headingOf(t);
  if (head && t.length <= 45 && !/。/.test(t)) return false;
  if (unbalanced(t)) return true;
  return PROSE_PUNCT.test(t) || t.length >= 30 || !GENRE_END.test(t);
}

export function joinBrokenParagraphs(items: SourceItem[], notes: string[]): SourceItem[] {
  const out: SourceItem[] = [];
  let joins = 0;
  for (const item of items) {
    const prev = out[out.length - 1];
    if (item.kind === 'text' && !item.whole && prev?.kind === 'text' && !prev.whole && continues(prev.text) && !startsSomething(item.text.trim())) {
      const sep = /[A-Za-z]$/.test(prev.text) && /^[A-Za-z]/.test(item.text) ? ' ' : '';
      const merged: SourceText = { ...prev, text: prev.text + sep + item.text.trim(), lines: [...prev.lines, ...item.lines] };
      out[out.length - 1] = merged;
      joins++;
      continue;
    }
    out.push(item);
  }
  if (joins) notes.push(`重新接上了在分页处断开的段落 ${joins} 处`);
  return out;
}
