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
    (BRACKETED.test(t) && t.length <= 40) || /^[（(]\s*\d{4}\s*年/.test(t) || !!parseDocNo(t) || /^(同志们|各位)/.test(t)
  );
}

function unbalanced(t: string): boolean {
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/《/g) > count(/》/g) || count(/“/g) > count(/”/g) || count(/[（(]/g) > count(/[）)]/g);
}

/** Could the text go on in the next line? `tail` is its end, `length` its whole length. */
function continues(tail: string, length: number): boolean {
  const t = tail.length > 200 ? tail.slice(-200) : tail;
  if (length < 6 || (TERMINAL.test(t) && !/》$/.test(t)) || /[\u3400-\u9fff]\.$/.test(t)) return false;
  if (DATE_LINE.test(t) || NOTE_LINE.test(t) || parseDocNo(t) || (BRACKETED.test(t) && t.length <= 40)) return false;
  if (length <= 45 && headingOf(t) && !/。/.test(t)) return false;
  // A title-like line (no sentence punctuation, ends with a 文种) stands alone however long it is.
  if (length <= 90 && tail.length === length && !PROSE_PUNCT.test(t) && GENRE_END.test(t)) return false;
  if (unbalanced(t)) return true;
  return PROSE_PUNCT.test(t) || length >= 30 || !GENRE_END.test(t);
}

export function joinBrokenParagraphs(items: SourceItem[], notes: string[]): SourceItem[] {
  // Parts are joined once at the end: growing one string and reading its tail at every step would be quadratic.
  const out: Array<{ item: SourceItem; parts?: string[]; length: number }> = [];
  let joins = 0;
  for (const item of items) {
    const prev = out[out.length - 1];
    const p = prev?.item;
    if (item.kind === 'text' && !item.whole && p?.kind === 'text' && !p.whole) {
      const tail = prev!.parts ? prev!.parts.slice(-2).join('') : p.text;
      if (continues(tail, prev!.length) && !startsSomething(item.text.trim())) {
        const sep = /[A-Za-z]$/.test(tail) && /^[A-Za-z]/.test(item.text) ? ' ' : '';
        if (!prev!.parts) {
          prev!.parts = [p.text];
          prev!.item = { ...p, lines: [...p.lines] };
        }
        prev!.parts.push(sep + item.text.trim());
        (prev!.item as SourceText).lines.push(...item.lines);
        prev!.length += sep.length + item.text.trim().length;
        joins++;
        continue;
      }
    }
    out.push({ item, length: item.kind === 'text' ? item.text.length : 0 });
  }
  if (joins) notes.push(`重新接上了在分页处断开的段落 ${joins} 处`);
  return out.map((o) => (o.parts ? { ...(o.item as SourceText), text: o.parts.join('') } : o.item));
}
