// Pure edits of the 栏目/document tree. Each returns a new sections array (the old one stays for undo).
import type { Article, Section } from '../../shared/model/issue';

export function addSection(sections: Section[], section: Section, index = sections.length): Section[] {
  const next = sections.slice();
  next.splice(index, 0, section);
  return next;
}

export function renameSection(sections: Section[], id: string, title: string): Section[] {
  return sections.map((s) => (s.id === id ? { ...s, title } : s));
}

export function removeSection(sections: Section[], id: string): Section[] {
  return sections.filter((s) => s.id !== id);
}

export function addArticles(sections: Section[], sectionId: string, articles: Article[]): Section[] {
  return sections.map((s) => (s.id === sectionId ? { ...s, articles: [...s.articles, ...articles] } : s));
}

export function removeArticle(sections: Section[], articleId: string): Section[] {
  return sections.map((s) =>
    s.articles.some((a) => a.id === articleId) ? { ...s, articles: s.articles.filter((a) => a.id !== articleId) } : s,
  );
}

export function updateArticle(sections: Section[], articleId: string, update: (a: Article) => Article): Section[] {
  return sections.map((s) => {
    const index = s.articles.findIndex((a) => a.id === articleId);
    if (index < 0) return s;
    const articles = s.articles.slice();
    articles[index] = update(articles[index]!);
    return { ...s, articles };
  });
}

export function findArticle(sections: Section[], articleId: string): { section: Section; article: Article; index: number } | null {
  for (const section of sections) {
    const index = section.articles.findIndex((a) => a.id === articleId);
    if (index >= 0) return { section, article: section.articles[index]!, index };
  }
  return null;
}

/** Moves a document to `index` within the 栏目 `toSectionId` (the index counts without the moved document). */
export function moveArticle(sections: Section[], articleId: string, toSectionId: string, index: number): Section[] {
  const found = findArticle(sections, articleId);
  if (!found || !sections.some((s) => s.id === toSectionId)) return sections;
  const without = removeArticle(sections, articleId);
  return without.map((s) => {
    if (s.id !== toSectionId) return s;
    const articles = s.articles.slice();
    articles.splice(Math.max(0, Math.min(index, articles.length)), 0, found.article);
    return { ...s, articles };
  });
}

export function moveSection(sections: Section[], id: string, index: number): Section[] {
  const section = sections.find((s) => s.id === id);
  if (!section) return sections;
  const next = sections.filter((s) => s.id !== id);
  next.splice(Math.max(0, Math.min(index, next.length)), 0, section);
  return next;
}
