// A bounded zip reader for .docx: reads the central directory itself and inflates only the entries asked for,
// counting output bytes as they come, so a zip bomb (or a lying size field) stops at the limit, not at the heap's end.
import { Inflate } from 'fflate';
import { InputError } from '../../errors';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Most bytes one entry may inflate to. */
  entryBytes: number;
  /** Most bytes all entries read may inflate to together. */
  totalBytes: number;
}

export const DOCX_LIMITS: ZipLimits = { entryBytes: 48 * 1024 * 1024, totalBytes: 160 * 1024 * 1024 };
/** XML parts are parsed into a DOM: a long 公文's document.xml is a few MB; this keeps parsing within seconds. */
export const XML_PART_BYTES = 8 * 1024 * 1024;

export class BoundedZip {
  readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array, private readonly fileName: string, private readonly limits: ZipLimits = DOCX_LIMITS) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw this.fail('', bytes[0] === 0x50 && bytes[1] === 0x4b ? 'zip 文件不完整（可能被截断）' : '不是 .docx 文件（不是 zip 格式）');
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    for (let n = 0; n < count; n++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw this.fail('', 'zip 目录损坏（可能被截断）');
      const nameLength = view.getUint16(p + 28, true);
      const extra = view.getUint16(p + 30, true);
      const comment = view.getUint16(p + 32, true);
      const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
      this.entries.set(name, {
        name,
        method: view.getUint16(p + 10, true),
        compressedSize: view.getUint32(p + 20, true),
        size: view.getUint32(p + 24, true),
        localOffset: view.getUint32(p + 42, true),
      });
      p += 46 + nameLength + extra + comment;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The inflated bytes of an entry, or undefined when it is absent. */
  read(name: string, limit = this.limits.entryBytes): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.size > limit) throw this.fail(name, `内容过大（${mb(entry.size)}），可能是恶意的压缩炸弹`);
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== 0x04034b50) throw this.fail(name, 'zip 条目损坏（可能被截断）');
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw this.fail(name, 'zip 条目不完整（文件被截断）');
    const data = this.bytes.subarray(start, end);
    if (entry.method === 0) return this.count(name, data.slice());
    if (entry.method !== 8) throw this.fail(name, `不支持的压缩方式 ${entry.method}`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      if (size > limit || this.inflated + size > this.limits.totalBytes) throw this.fail(name, `解压后超过 ${mb(limit)}，可能是恶意的压缩炸弹`);
      chunks.push(chunk);
    });
    try {
      // Feed in slices so the size check runs between them.
      for (let i = 0; i < data.length; i += 65536) inflater.push(data.subarray(i, Math.min(data.length, i + 65536)), i + 65536 >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw this.fail(name, `解压失败（${(error as Error).message}）`);
    }
    const out = new Uint8Array(size);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return this.count(name, out);
  }

  private count(name: string, data: Uint8Array): Uint8Array {
    this.inflated += data.length;
    if (this.inflated > this.limits.totalBytes) throw this.fail(name, `解压后总量超过 ${mb(this.limits.totalBytes)}，可能是恶意的压缩炸弹`);
    return data;
  }

  private fail(place: string, message: string): InputError {
    return new InputError(this.fileName, place, message);
  }
}

function mb(n: number): string {
  return `${Math.round(n / 1048576)} MB`;
}
