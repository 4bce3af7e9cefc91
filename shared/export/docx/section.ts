// One Word section: page size and margins in twips, the line grid, the page-number restart and the furniture.
import { DocumentGridType, NumberFormat, PageOrientation, SectionType, type FileChild, type ISectionOptions } from 'docx';
import type { DocxContext } from './context';
import { furniture, furnitureDistances } from './furniture';

export type StartType = 'new-page' | 'new-odd-page' | 'new-even-page' | 'continue';

export interface SectionSpec {
  children: FileChild[];
  start: StartType;
  /** Folio of the section's first page (restarts numbering there); continues the previous section when absent. */
  pageStart?: number;
  landscape?: boolean;
  heads: boolean;
  folios: boolean;
  /** 栏目 printed in the odd-page head */
  column?: string;
}

const SECTION_TYPE = {
  'new-page': SectionType.NEXT_PAGE,
  'new-odd-page': SectionType.ODD_PAGE,
  'new-even-page': SectionType.EVEN_PAGE,
  continue: SectionType.CONTINUOUS,
} as const;

export function sectionOptions(ctx: DocxContext, spec: SectionSpec): ISectionOptions {
  const { width, height, margins, linePitch } = ctx.metrics;
  const { header, footer } = furnitureDistances(ctx);
  // A landscape page keeps the portrait type area turned by a quarter: 225 mm wide, 156 mm high on A4.
  const margin = spec.landscape
    ? { top: margins.left, bottom: margins.right, left: margins.top, right: margins.bottom }
    : margins;
  return {
    properties: {
      type: SECTION_TYPE[spec.start],
      page: {
        size: { width, height, ...(spec.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
        margin: { ...margin, header, footer, gutter: 0 },
        ...(spec.pageStart !== undefined ? { pageNumbers: { start: spec.pageStart, formatType: NumberFormat.DECIMAL } } : {}),
      },
      grid: { type: DocumentGridType.LINES, linePitch },
    },
    ...furniture(ctx, { heads: spec.heads, folios: spec.folios, column: spec.column }),
    children: spec.children,
  };
}
