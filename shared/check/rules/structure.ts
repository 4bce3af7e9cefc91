// Structure of a document: 主送 ends with "："; 署名 → 成文日期 → 附注 in that order; the title ends without
// punctuation (TYPESETTING.md §1.6 rules 5, 7, 11).
import type { Finding } from '../run-checks';
import { findingAt, squeeze, type ArticleScope, type Rule } from '../rule';
import type { TextUnit } from '../text-units';

const id = 'structure';
const DATE_LINE = /^[\s\u3000]*(\d{4}|[〇零一二三四五六七八九]{4})[\s\u3000]*年[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*月[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*日[\s\u3000]*$/u;
const NOTE_LINE = /^[\s\u3000]*[（(]此件[^）)]*[）)][\s\u3000]*$/u;

type Part = 'signature' | 'date' | 'note';
const PART_NAMES: Record<Part, string> = { signature: '署名', date: '成文日期', note: '附注' };
const RANK: Record<Part, number> = { signature: 0, date: 1, note: 2 };

/** The closing parts of the document, by role or (for text without roles) by what the line looks like. */
function closingParts(scope: ArticleScope): Array<{ part: Part; unit: TextUnit }> {
  const body = scope.units.filter((u) => u.block >= 0 && u.kind === 'paragraph');
  const byRole = body.filter((u) => u.role === 'signature' || u.role === 'date' || u.role === 'note');
  if (byRole.length) return byRole.map((unit) => ({ part: unit.role as Part, unit }));
  const signer = scope.article.meta.signer ?? scope.article.meta.title.match(/^(\S+?)关于/u)?.[1];
  const parts: Array<{ part: Part; unit: TextUnit }> = [];
  for (const unit of body) {
    const text = unit.text.trim();
    if (DATE_LINE.test(text)) parts.push({ part: 'date', unit });
    else if (NOTE_LINE.test(text)) parts.push({ part: 'note', unit });
    else if (signer && squeeze(text) === signer) parts.push({ part: 'signature', unit });
  }
  return parts;
}

function order(scope: ArticleScope): Finding[] {
  const parts = closingParts(scope);
  const found: Finding[] = [];
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1]!;
    const b = parts[i]!;
    // Only neighbours close together belong to one closing group (a 印发 notice has its own before the plan).
    if (b.unit.block - a.unit.block > 3 || RANK[a.part] <= RANK[b.part]) continue;
    found.push(findingAt(b.unit, id, 'warning', 0, b.unit.text.trim(), `${PART_NAMES[b.part]}应在${PART_NAMES[a.part]}之前（顺序为署名、成文日期、附注）`));
  }
  return found;
}

function fields(unit: TextUnit): Finding[] {
  const text = unit.text;
  // An ASCII ":" at the end is the punctuation-width rule's finding already.
  if (unit.field === 'recipients' && !text.endsWith('：') && !text.endsWith(':')) {
    const last = text.at(-1)!;
    const fix = /[;；，,。.]/.test(last) ? '：' : `${last}：`;
    return [findingAt(unit, id, 'error', text.length - 1, last, '主送机关后应使用全角冒号“：”', fix)];
  }
  if ((unit.role === 'copyTo' || /^[\s\u3000]*抄送[：:]/u.test(text)) && !/[。.]$/.test(text.trimEnd()))
    return [findingAt(unit, id, 'warning', text.trimEnd().length - 1, text.trimEnd().at(-1)!, '抄送机关后应使用句号“。”', `${text.trimEnd().at(-1)}。`)];
  if ((unit.field === 'title' || unit.role === 'embeddedTitle') && /[。，；：、.,;:]$/.test(text))
    return [findingAt(unit, id, 'warning', text.length - 1, text.at(-1)!, '标题末尾不加标点', '')];
  return [];
}

export const structureRule: Rule = {
  id,
  checkUnit: (unit) => fields(unit),
  checkArticle: (scope) => order(scope),
};
