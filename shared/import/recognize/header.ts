// The head of a 公文: title (one to three lines, maybe an organ name alone on the first), 文号, 题注, a speech's
// date and speaker lines, 主送机关. Each finding records the rule and the source lines, for the editor to show.
import type { ArticleKind, FieldSource } from '../../model/issue';
import type { SourceItem, SourceText } from '../source';
import {
  BRACKETED, DATE_LINE, GENRE_END, ORGAN_ONLY, PERIOD_LINE, PROSE_PUNCT, headingOf, parseDateLine, parseDocNo,
} from './patterns';

export interface HeaderResult {
  title: string;
  titleLines: string[];
  kind: ArticleKind;
  docNo?: string;
  recipients?: string;
  subtitle?: SourceText;
  speechDate?: SourceText;
  speaker?: SourceText;
  /** Index of the first body item. */
  bodyStart: number;
  fields: Record<string, FieldSource>;
}

const text = (item: SourceItem | undefined): string => (item && item.kind === 'text' ? item.text.trim() : '');

/** `normalize` false keeps the 文号 as written (the checker reads the source as it is). */
export function readHeader(items: SourceItem[], normalize = true): HeaderResult {
  const fields: Record<string, FieldSource> = {};
  let i = 0;
  let docNo: string | undefined;
  // 版头 before the title: 发文机关标志 and 文号 (a red-head layout puts the 文号 above the title).
  const firstDocNo = items.slice(0, 8).findIndex((it) => parseDocNo(text(it)) !== undefined);
  if (firstDocNo >= 0 && firstDocNo < 6 && items.slice(0, firstDocNo).every((it) => /(文件|纪要)$/.test(squash(text(it))) || ORGAN_ONLY.test(squash(text(it)))) && items.slice(firstDocNo + 1, firstDocNo + 4).some((it) => isTitleLike(text(it)))) {
    docNo = parseDocNo(text(items[firstDocNo]), normalize)!;
    fields.docNo = { confidence: 0.95, lines: items[firstDocNo]!.lines, rule: '版头中的发文字号（标题之上）' };
    i = firstDocNo + 1;
  }
  while (i < items.length && items[i]!.kind !== 'text') i++;
  // Title.
  const titleItems: SourceText[] = [];
  const first = items[i] as SourceText | undefined;
  let titleRule = '首行为标题';
  if (first) {
    titleItems.push(first);
    i++;
    const joinable = (it: SourceItem | undefined): it is SourceText =>
      !!it && it.kind === 'text' && (first.sizePt === undefined || it.sizePt === first.sizePt) && !parseDocNo(it.text) && !DATE_LINE.test(it.text.trim()) && !/[:：]/.test(it.text) && !PROSE_PUNCT.test(it.text) && it.text.trim().length <= 45 && !headingOf(it.text);
    if (ORGAN_ONLY.test(squash(first.text)) && joinable(items[i]) && /^关于/.test(text(items[i]))) {
      titleItems.push(items[i] as SourceText);
      i++;
      titleRule = '发文机关单独一行，下一行“关于……”接续标题';
    }
    // Lines of one Word paragraph split by manual line breaks (a title broken by meaning) are one title.
    while (sameParagraph(titleItems[titleItems.length - 1]!, items[i]) && !parseDocNo(text(items[i])) && !DATE_LINE.test(text(items[i]))) {
      titleItems.push(items[i] as SourceText);
      i++;
      titleRule = '同一段落中换行的标题';
    }
    while (titleItems.length < 3 && !GENRE_END.test(squash(titleItems.map((t) => t.text).join('')).replace(/[（(][^（）()]*[)）]$/, '')) && joinable(items[i]) && !BRACKETED.test(text(items[i]))) {
      titleItems.push(items[i] as SourceText);
      i++;
      titleRule = '标题未以文种结尾，接续下一短行';
    }
    // 大事记 (2022年11月): the period in brackets belongs to the title.
    if (/大事记$/.test(squash(titleItems.map((t) => t.text).join(''))) && PERIOD_LINE.test(text(items[i]))) {
      titleItems.push(items[i] as SourceText);
      i++;
      titleRule = '大事记标题与所属期间';
    }
  }
  const titleLines = titleItems.map((t) => squash(t.text));
  const title = titleLines.join('');
  fields.title = {
    confidence: GENRE_END.test(title) ? 0.95 : 0.6,
    lines: titleItems.flatMap((t) => t.lines),
    rule: titleRule,
  };
  const kind = kindOf(title);
  fields.kind = { confidence: kind === 'document' ? 0.7 : 0.9, lines: fields.title.lines, rule: `标题文种：${kind}` };
  const result: HeaderResult = { title, titleLines, kind, bodyStart: i, fields };
  if (docNo) result.docNo = docNo;
  // What may follow the title: 文号, 题注, speech date, speaker, 主送.
  for (let guard = 0; guard < 6 && i < items.length; guard++) {
    const item = items[i]!;
    if (item.kind !== 'text') break;
    const t = item.text.trim();
    const no = parseDocNo(t, normalize);
    if (no && !result.docNo) {
      result.docNo = no;
      fields.docNo = { confidence: 0.98, lines: item.lines, rule: '标题下的发文字号' };
      i++;
      continue;
    }
    if (BRACKETED.test(t) && DATE_LINE.test(t) && !result.speechDate && !result.subtitle) {
      result.speechDate = item;
      fields.date = { confidence: kind === 'speech' ? 0.95 : 0.8, lines: item.lines, rule: '标题下括号内的日期（讲话日期）' };
      i++;
      continue;
    }
    if (BRACKETED.test(t) && /\d{4}\s*年/.test(t) && /(通过|批准|会议|修订|修正|发布|印发)/.test(t) && !result.subtitle) {
      result.subtitle = item;
      i++;
      continue;
    }
    if (kind === 'speech' && !result.speaker && t.length <= 14 && !PROSE_PUNCT.test(t) && !/[:：]$/.test(t)) {
      result.speaker = item;
      fields.speaker = { confidence: 0.85, lines: item.lines, rule: '讲话标题、日期之后的短行为讲话人' };
      i++;
      continue;
    }
    const recipients = readRecipients(items, i, kind);
    if (recipients) {
      result.recipients = recipients.text;
      fields.recipients = { confidence: recipients.confidence, lines: recipients.lines, rule: '标题后以冒号结尾的机关名称' };
      i = recipients.next;
    }
    break;
  }
  result.bodyStart = i;
  return result;
}

/** 主送机关: ends with a colon, wraps over at most three lines; not a speech's 同志们：. */
function readRecipients(items: SourceItem[], start: number, kind: ArticleKind): { text: string; lines: number[]; next: number; confidence: number } | undefined {
  if (kind === 'speech' || kind === 'chronicle') return undefined;
  let joined = '';
  const lines: number[] = [];
  for (let k = start; k < Math.min(items.length, start + 3); k++) {
    const item = items[k]!;
    if (item.kind !== 'text') return undefined;
    const t = item.text.trim();
    if (k > start && (/[。；]$/.test(joined) || headingOf(t))) return undefined;
    joined += t;
    lines.push(...item.lines);
    if (/[:：]$/.test(t)) {
      if (joined.length > 150 || /^(同志们|各位|大家)/.test(joined) || /[。]/.test(joined)) return undefined;
      const organish = /^各/.test(joined) || /[、，,]|(政府|部门|单位|机构|委员会|局|厅|办|处|室|院|会|公司|银行|同志|党委|党组|部|委)[:：]$/.test(joined);
      return organish ? { text: joined, lines, next: k + 1, confidence: k === start ? 0.9 : 0.8 } : undefined;
    }
  }
  return undefined;
}

export function kindOf(title: string): ArticleKind {
  if (/大事记/.test(title)) return 'chronicle';
  if (/(讲话|致辞|发言|讲稿)$/.test(title)) return 'speech';
  if (/解读$/.test(title)) return 'interpretation';
  if (/(任免|任职|免职)/.test(title) && /(通知|决定)$/.test(title)) return 'appointment';
  return 'document';
}

/** Two lines of one docx paragraph (a manual line break between them); text sources number every line apart. */
export function sameParagraph(a: SourceText, b: SourceItem | undefined): b is SourceText {
  return !!b && b.kind === 'text' && !!a.whole && !!b.whole && a.lines.length === 1 && b.lines.length === 1 && a.lines[0] === b.lines[0];
}

function isTitleLike(t: string): boolean {
  return t.length >= 4 && t.length <= 60 && !PROSE_PUNCT.test(t) && !parseDocNo(t) && !/[:：]/.test(t);
}

/** Spaces inside a title are line-break artefacts; one space stays between two ASCII letters or digits. */
export function squash(t: string): string {
  return t.trim().replace(/\s+/g, (space, offset: number, all: string) =>
    /[A-Za-z0-9]/.test(all[offset - 1] ?? '') && /[A-Za-z0-9]/.test(all[offset + space.length] ?? '') ? ' ' : '',
  );
}
