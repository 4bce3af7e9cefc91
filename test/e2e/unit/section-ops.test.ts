// The navigator's tree edits on the model: moving a document within and between 栏目.
import { describe, expect, it } from 'vitest';
import type { Article, Section } from '../../../shared/model/issue';
import { moveArticle, moveSection, removeArticle } from '../../../renderer/store/section-ops';

const article = (id: string): Article => ({ id, kind: 'document', meta: { title: id }, body: [] });
const tree = (): Section[] => [
  { id: 's1', title: '市人民政府文件', articles: [article('a'), article('b'), article('c')] },
  { id: 's2', title: '人事任免', articles: [article('d')] },
];
const ids = (sections: Section[]) => sections.map((s) => s.articles.map((a) => a.id).join(''));

describe('section ops', () => {
  it('moves a document within its 栏目', () => {
    expect(ids(moveArticle(tree(), 'c', 's1', 0))).toEqual(['cab', 'd']);
    expect(ids(moveArticle(tree(), 'a', 's1', 2))).toEqual(['bca', 'd']);
  });

  it('moves a document to another 栏目 at a position', () => {
    expect(ids(moveArticle(tree(), 'b', 's2', 0))).toEqual(['ac', 'bd']);
    expect(ids(moveArticle(tree(), 'b', 's2', 9))).toEqual(['ac', 'db']);
  });

  it('leaves the tree as it was for an unknown document or 栏目, and keeps the old tree intact', () => {
    const before = tree();
    expect(moveArticle(before, 'x', 's2', 0)).toBe(before);
    expect(moveArticle(before, 'a', 'nope', 0)).toBe(before);
    removeArticle(before, 'a');
    expect(ids(before)).toEqual(['abc', 'd']);
    expect(moveSection(before, 's2', 0).map((s) => s.id)).toEqual(['s2', 's1']);
  });
});
