// A small tolerant HTML tokenizer and tree builder for what Word and WPS put on the clipboard (shared/ has no DOM).
// It keeps only what import needs: element names, attributes, text; comments, <style>, <script>, <xml> go.

export interface HtmlNode {
  tag: string; // '#text' for text
  attrs: Record<string, string>;
  children: HtmlNode[];
  text?: string;
}

const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'wbr', 'area', 'base', 'source']);
const DROP = new Set(['style', 'script', 'xml', 'head', 'title', 'noscript', 'template']);
/** Elements that close an open <p> (and list items / cells that close their siblings). */
const CLOSES_P = new Set(['p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote']);

const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', ensp: ' ', emsp: ' ', thinsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlNode[] = [root];
  const top = () => stack[stack.length - 1]!;
  const cleaned = html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '');
  const re = /<\/?([a-zA-Z][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*)\s*\/?>|<![^>]*>|<\?[^>]*>/g;
  let last = 0;
  let dropping: string | undefined;
  for (let m = re.exec(cleaned); m; m = re.exec(cleaned)) {
    if (!dropping && m.index > last) top().children.push({ tag: '#text', attrs: {}, children: [], text: decodeEntities(cleaned.slice(last, m.index)) });
    last = re.lastIndex;
    const raw = m[0];
    if (!m[1]) continue; // doctype, processing instruction
    const tag = m[1].toLowerCase().replace(/^[a-z]+:/, (p) => (p === 'o:' || p === 'v:' || p === 'w:' || p === 'st1:' ? `${p}` : ''));
    const closing = raw.startsWith('</');
    if (dropping) {
      if (closing && tag === dropping) dropping = undefined;
      continue;
    }
    if (DROP.has(tag) && !closing && !raw.endsWith('/>')) {
      dropping = tag;
      continue;
    }
    if (closing) {
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    if (CLOSES_P.has(tag)) closeOpen(stack, tag);
    const node: HtmlNode = { tag, attrs: parseAttrs(m[2] ?? ''), children: [] };
    top().children.push(node);
    if (!VOID.has(tag) && !raw.endsWith('/>')) stack.push(node);
  }
  if (!dropping && last < cleaned.length) top().children.push({ tag: '#text', attrs: {}, children: [], text: decodeEntities(cleaned.slice(last)) });
  return root;
}

function closeOpen(stack: HtmlNode[], tag: string): void {
  const names = stack.map((n) => n.tag);
  const p = names.lastIndexOf('p');
  if (p > 0 && !names.slice(p).some((n) => n === 'td' || n === 'th')) stack.length = p;
  if (tag === 'li') {
    const li = stack.map((n) => n.tag).lastIndexOf('li');
    const list = Math.max(stack.map((n) => n.tag).lastIndexOf('ul'), stack.map((n) => n.tag).lastIndexOf('ol'));
    if (li > list && li > 0) stack.length = li;
  }
}

function parseAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s=>/]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]*)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[3] ?? m[4] ?? m[5] ?? '');
  }
  return attrs;
}
