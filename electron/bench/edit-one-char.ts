// The bench's edit: one character appended to the first body paragraph of the middle article, as a
// clerk's keystroke would; everything else is the same objects (so their content hashes are unchanged).
import type { Block } from '../../shared/model/blocks';
import type { Issue } from '../../shared/model/issue';

export function editOneCharacter(issue: Issue): Issue {
  const all = issue.sections.flatMap((s, si) => s.articles.map((a, ai) => ({ si, ai, a })));
  const target = all[Math.floor(all.length / 2)];
  if (!target) return issue;
  const body = [...target.a.body];
  const i = body.findIndex((b) => b.type === 'paragraph' && b.children.length > 0);
  if (i >= 0) {
    const p = body[i] as Extract<Block, { type: 'paragraph' }>;
    body[i] = { ...p, children: [...p.children.slice(0, -1), { ...p.children[p.children.length - 1]!, text: p.children[p.children.length - 1]!.text + '改' }] };
  }
  const sections = issue.sections.map((s, si) =>
    si !== target.si ? s : { ...s, articles: s.articles.map((a, ai) => (ai !== target.ai ? a : { ...a, body })) },
  );
  return { ...issue, sections };
}
