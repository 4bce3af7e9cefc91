// Builds small .docx files for the tests (fflate), so each feature has a fixture written for the project.
import { strToU8, zipSync } from 'fflate';

export interface DocxParts {
  /** Body XML (inside <body>), written with the prefix given. */
  body: string;
  prefix?: string;
  numbering?: string;
  styles?: string;
  comments?: string;
  header?: string;
  extra?: Record<string, Uint8Array>;
  rels?: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function buildDocx(parts: DocxParts): Uint8Array {
  const p = parts.prefix ?? 'w';
  const ns = p === '' ? `xmlns="${W}"` : `xmlns:${p}="${W}"`;
  const part = (name: string, root: string, inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p ? p + ':' : ''}${root} ${ns} xmlns:r="${R}">${inner}</${p ? p + ':' : ''}${root}>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="png" ContentType="image/png"/></Types>'),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${T}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(part('document', 'document', `<${p ? p + ':' : ''}body>${parts.body}</${p ? p + ':' : ''}body>`)),
  };
  const rels = [parts.rels ?? ''];
  if (parts.numbering) {
    files['word/numbering.xml'] = strToU8(part('numbering', 'numbering', parts.numbering));
    rels.push(`<Relationship Id="rNum" Type="${T}/numbering" Target="numbering.xml"/>`);
  }
  if (parts.styles) {
    files['word/styles.xml'] = strToU8(part('styles', 'styles', parts.styles));
    rels.push(`<Relationship Id="rSty" Type="${T}/styles" Target="styles.xml"/>`);
  }
  if (parts.comments) {
    files['word/comments.xml'] = strToU8(part('comments', 'comments', parts.comments));
    rels.push(`<Relationship Id="rCom" Type="${T}/comments" Target="comments.xml"/>`);
  }
  if (parts.header) {
    files['word/header1.xml'] = strToU8(part('hdr', 'hdr', parts.header));
    rels.push(`<Relationship Id="rHdr" Type="${T}/header" Target="header1.xml"/>`);
  }
  files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0"?><Relationships xmlns="${PR}">${rels.join('')}</Relationships>`);
  Object.assign(files, parts.extra ?? {});
  return zipSync(files);
}

/** A paragraph in the given prefix: text, optional alignment and paragraph properties. */
export function para(text: string, opts: { jc?: string; pPr?: string; prefix?: string; bold?: boolean; sz?: number } = {}): string {
  const p = opts.prefix ?? 'w';
  const q = (n: string) => (p ? `${p}:${n}` : n);
  const pPr = (opts.jc ? `<${q('jc')} ${q('val')}="${opts.jc}"/>` : '') + (opts.pPr ?? '');
  const rPr = (opts.bold ? `<${q('b')}/>` : '') + (opts.sz ? `<${q('sz')} ${q('val')}="${opts.sz}"/>` : '');
  return `<${q('p')}>${pPr ? `<${q('pPr')}>${pPr}</${q('pPr')}>` : ''}<${q('r')}>${rPr ? `<${q('rPr')}>${rPr}</${q('rPr')}>` : ''}<${q('t')} xml:space="preserve">${text}</${q('t')}></${q('r')}></${q('p')}>`;
}
