// 附件说明 against the attachments: every attachment listed is printed after the document (a "附件1" label)
// or marked 略; numbered items end without punctuation (TYPESETTING.md §1.6 rule 6).
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';
import type { TextUnit } from '../text-units';

const id = 'attachments';
const LIST_START = /^[\s\u3000]*附[\s\u3000]*件[\s\u3000]*[：:]/u;
const ITEM = /^[\s\u3000]*(\d{1,2})[.．、]/u;
const OMITTED_NOTE = /^[\s\u3000]*[（(].*略/u;
const LABEL = /^[\s\u3000]*附[\s\u3000]*件[\s\u3000]*(\d{0,2})[\s\u3000]*$/u;

const paragraphs = (units: TextUnit[]) => units.filter((u) => u.block >= 0 && u.kind === 'paragraph');

export const attachmentsRule: Rule = {
  id,
  checkArticle({ units }) {
    const body = paragraphs(units);
    const start = body.findIndex((u) => u.role === 'attachment' || LIST_START.test(u.text));
    if (start < 0) return [];
    const group = [body[start]!];
    for (let i = start + 1; i < body.length && (ITEM.test(body[i]!.text) || OMITTED_NOTE.test(body[i]!.text)); i++) group.push(body[i]!);
    const items = group.filter((u, i) => (i === 0 ? u.text.replace(LIST_START, '').trim() : !OMITTED_NOTE.test(u.text)));
    const count = Math.max(1, items.length);
    const omitted = group.some((u) => u.text.includes('略'));
    const labels = body.slice(start + group.length).filter((u) => u.role === 'attachmentLabel' || LABEL.test(u.text));
    const found: Finding[] = [];
    const head = group[0]!;
    const quoted = head.text.trim();
    if (labels.length === 0 && !omitted)
      found.push(findingAt(head, id, 'warning', head.text.indexOf(quoted), quoted, `附件说明列出${count}个附件，但文后未见附件，也未注明“略”`));
    else if (labels.length > 0 && labels.length !== count)
      found.push(findingAt(head, id, 'warning', head.text.indexOf(quoted), quoted, `附件说明列出${count}个附件，文后印出${labels.length}个`));
    for (const item of items) {
      const m = item.text.match(/[。；，;,.]$/u);
      if (m) found.push(findingAt(item, id, 'warning', item.text.length - 1, m[0], '附件名称末尾不加标点', ''));
    }
    return found;
  },
};
