// Reads a DOCX back for tests: unzip with fflate, parse each part with @xmldom/xmldom, query by w: names.
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxParts {
  files: Record<string, Uint8Array>;
  xml(name: string): XmlDocument;
  text(name: string): string;
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const cache = new Map<string, XmlDocument>();
  return {
    files,
    text: (name) => {
      const file = files[name];
      if (!file) throw new Error(`DOCX has no part ${name}`);
      return strFromU8(file);
    },
    xml(name) {
      let doc = cache.get(name);
      if (!doc) {
        doc = new DOMParser().parseFromString(this.text(name), 'text/xml');
        cache.set(name, doc);
      }
      return doc;
    },
  };
}

export function all(node: XmlDocument | Element, localName: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, localName)) as Element[];
}

export function first(node: XmlDocument | Element, localName: string): Element | undefined {
  return all(node, localName)[0];
}

/** Direct children with a w: local name. */
export function kids(node: Element, localName: string): Element[] {
  return Array.from(node.childNodes).filter((n): n is Element => (n as Element).localName === localName && (n as Element).namespaceURI === W);
}

export const attr = (el: Element | undefined, name: string): string | null => el?.getAttributeNS(W, name) ?? null;

/** Text of a paragraph (w:t, tabs as \t, breaks as \n), including field results. */
export function paraText(p: Element): string {
  let out = '';
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes) as Element[]) {
      if (child.namespaceURI !== W) continue;
      if (child.localName === 't') out += child.textContent ?? '';
      else if (child.localName === 'tab' && node.localName === 'r') out += '\t';
      else if (child.localName === 'br') out += '\n';
      else walk(child);
    }
  };
  walk(p);
  return out;
}

export const paraStyle = (p: Element): string | null => attr(first(p, 'pStyle'), 'val');

/** Body paragraphs of document.xml in order (not those inside tables). */
export function bodyParagraphs(doc: XmlDocument): Element[] {
  const body = first(doc, 'body')!;
  return kids(body, 'p');
}

export function styleById(styles: XmlDocument, id: string): Element | undefined {
  return all(styles, 'style').find((s) => attr(s, 'styleId') === id);
}

/** The header or footer part a section refers to, for odd ('default') or even pages. */
export function partOf(docx: DocxParts, sectPr: Element, kind: 'header' | 'footer', type: 'default' | 'even'): Element {
  const ref = kids(sectPr, `${kind}Reference`).find((r) => attr(r, 'type') === type)!;
  const id = ref.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
  const rels = docx.xml('word/_rels/document.xml.rels');
  const target = Array.from(rels.getElementsByTagName('Relationship')).find((r) => r.getAttribute('Id') === id)!.getAttribute('Target')!;
  return docx.xml(`word/${target}`).documentElement as unknown as Element;
}

export const hasPageField = (part: Element): boolean =>
  all(part, 'fldSimple').some((f) => /^\s*PAGE\b/.test(attr(f, 'instr') ?? '')) || all(part, 'instrText').some((t) => /^\s*PAGE\b/.test(t.textContent ?? ''));
