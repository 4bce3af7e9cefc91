// Reads a PDF back with pdfjs-dist (legacy build for Node): per page its size and text items with
// positions (top-left origin, points), grouped into lines by baseline.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextBit {
  str: string;
  x: number;
  /** Baseline, from the top of the page */
  y: number;
  width: number;
  size: number;
  font: string;
}

export interface PdfLine {
  y: number;
  x: number;
  right: number;
  text: string;
  bits: TextBit[];
}

export interface PdfPage {
  width: number;
  height: number;
  bits: TextBit[];
  lines: PdfLine[];
}

export async function readPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; outline: unknown[]; info: Record<string, unknown>; links: Array<{ page: number; dest: unknown }> }> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  const links: Array<{ page: number; dest: unknown }> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , w, h] = page.view as number[];
    const content = await page.getTextContent();
    const bits: TextBit[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const t = item.transform as number[];
      bits.push({ str: item.str, x: t[4]!, y: h! - t[5]!, width: item.width, size: Math.hypot(t[0]!, t[1]!), font: item.fontName });
    }
    for (const a of await page.getAnnotations()) if (a.subtype === 'Link') links.push({ page: n, dest: a.dest });
    pages.push({ width: w!, height: h!, bits, lines: groupLines(bits) });
  }
  const outline = (await doc.getOutline()) ?? [];
  const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
  await doc.destroy();
  return { pages, outline, info, links };
}

function groupLines(bits: TextBit[]): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const b of [...bits].sort((a, c) => a.y - c.y || a.x - c.x)) {
    let line = lines.find((l) => Math.abs(l.y - b.y) < 2);
    if (!line) lines.push((line = { y: b.y, x: b.x, right: b.x + b.width, text: '', bits: [] }));
    line.bits.push(b);
  }
  for (const l of lines) {
    l.bits.sort((a, c) => a.x - c.x);
    l.x = Math.min(...l.bits.map((b) => b.x));
    l.right = Math.max(...l.bits.map((b) => b.x + b.width));
    l.text = l.bits.map((b) => b.str).join('').replace(/\s+/g, '');
  }
  return lines.sort((a, c) => a.y - c.y);
}
