// Entry point of the importers: bytes of one source file → articles of the model (import-source.ts), with
// the DOCX reader bound. Callers that may build from .txt sources only (manifest loading) use importSource and
// load the DOCX reader when a Word file is named, which keeps @xmldom/xmldom out of a plain build's start-up.
import { readDocx } from './docx/read-docx';
import { importSource, type ImportOptions, type ImportResult } from './import-source';

export { IMPORTABLE_EXTENSIONS, MAX_SOURCE_BYTES, MAX_TEXT_BYTES } from './import-source';
export type { ImportOptions, ImportResult, OfficeConverter } from './import-source';

export function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  return importSource(bytes, fileName, options, readDocx);
}
