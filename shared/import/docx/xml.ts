// XML of the parts of a .docx, parsed with @xmldom/xmldom. Elements are matched by namespace URI and local name,
// so any prefix works (w:, ns0:, or a default namespace). DOCTYPE is refused: no entity can be declared or fetched.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { InputError } from '../../errors';

export const NS = {
  w: ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  r: ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  a: ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  mc: ['http://schemas.openxmlformats.org/markup-compatibility/2006'],
  v: ['urn:schemas-microsoft-com:vml'],
  wp: ['http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing'],
  rel: ['http://schemas.openxmlformats.org/package/2006/relationships'],
};
export type Ns = keyof typeof NS;

export function parseXml(bytes: Uint8Array, fileName: string, part: string): Element {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) throw new InputError(fileName, part, '含有 DOCTYPE 或实体声明，出于安全考虑拒绝读取');
  let failure: string | undefined;
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning' && !failure) failure = String(message).split('\n')[0];
    },
  }).parseFromString(text, 'text/xml');
  if (failure || !doc.documentElement) throw new InputError(fileName, part, `XML 格式错误：${failure ?? '没有根元素'}`);
  return doc.documentElement;
}

export function is(node: Node | null | undefined, ns: Ns, local: string): node is Element {
  return !!node && node.nodeType === 1 && (node as Element).localName === local && NS[ns].includes((node as Element).namespaceURI ?? '');
}

export function kids(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export function child(el: Element | undefined, ns: Ns, local: string): Element | undefined {
  if (!el) return undefined;
  return kids(el).find((k) => is(k, ns, local));
}

export function childrenOf(el: Element | undefined, ns: Ns, local: string): Element[] {
  return el ? kids(el).filter((k) => is(k, ns, local)) : [];
}

/** Every descendant with this name (document order). */
export function descendants(el: Element, ns: Ns, local: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const k of kids(e)) {
      if (is(k, ns, local)) out.push(k);
      walk(k);
    }
  };
  walk(el);
  return out;
}

/** An attribute by namespace and local name, whatever its prefix. */
export function attr(el: Element | undefined, ns: Ns, local: string): string | undefined {
  if (!el) return undefined;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.localName === local && NS[ns].includes(a.namespaceURI ?? '')) return a.value;
  }
  // Unprefixed attributes have no namespace; accept them on an element of the same namespace (default-namespace XML).
  if (NS[ns].includes(el.namespaceURI ?? '')) return el.getAttributeNS(null, local) ?? el.getAttribute(local) ?? undefined;
  return undefined;
}

/** w:val of a child property element (<w:jc w:val="center"/>). */
export function val(el: Element | undefined, local: string): string | undefined {
  return attr(child(el, 'w', local), 'w', 'val');
}

/** On/off properties: <w:b/>, <w:b w:val="0"/>. */
export function flag(el: Element | undefined, local: string): boolean | undefined {
  const c = child(el, 'w', local);
  if (!c) return undefined;
  const v = attr(c, 'w', 'val');
  return !(v === '0' || v === 'false' || v === 'off');
}
