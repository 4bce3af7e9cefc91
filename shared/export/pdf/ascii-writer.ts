// A growing byte buffer for content streams: operators and numbers are written as ASCII bytes directly.
// Building the same text with template strings, Number#toString and join costs several times more on a
// 300-page issue (most of it run once, before the JIT has warmed up).

/** The ASCII codes of the lowercase hex digits. */
export const HEX = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);

export class AsciiWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
  }

  /** The buffer, with room for `n` more bytes at `length` (the caller writes them and moves `length`). */
  reserve(n: number): Uint8Array {
    this.room(n);
    return this.buf;
  }

  /** ASCII text (operators, names). */
  text(s: string): this {
    this.room(s.length);
    const { buf } = this;
    let at = this.length;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.length = at;
    return this;
  }

  /** Bytes as they are (a page's compressed content). */
  bytes(b: Uint8Array): this {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
    return this;
  }

  /** What was written from `from` on (a view: valid until the next write). */
  since(from: number): Uint8Array {
    return this.buf.subarray(from, this.length);
  }

  byte(c: number): this {
    this.room(1);
    this.buf[this.length++] = c;
    return this;
  }

  /** A number rounded to 2 decimals, as (Math.round(n * 100) / 100).toString() writes it (no exponent in page ranges). */
  num(n: number): this {
    let r = Math.round(n * 100);
    if (!Number.isFinite(r) || Math.abs(r) >= 1e15) return this.text((r / 100).toString());
    this.room(20);
    const { buf } = this;
    if (r < 0) {
      buf[this.length++] = 45; // '-'
      r = -r;
    }
    const whole = Math.floor(r / 100);
    const frac = r - whole * 100;
    let p = 1;
    while (p * 10 <= whole) p *= 10;
    for (; p >= 1; p /= 10) buf[this.length++] = 48 + (Math.floor(whole / p) % 10);
    if (frac) {
      buf[this.length++] = 46; // '.'
      buf[this.length++] = 48 + Math.floor(frac / 10);
      if (frac % 10) buf[this.length++] = 48 + (frac % 10);
    }
    return this;
  }

  /** Four lowercase hex digits of a 16-bit value. */
  hex4(v: number): this {
    this.room(4);
    const { buf } = this;
    buf[this.length++] = HEX[(v >> 12) & 15]!;
    buf[this.length++] = HEX[(v >> 8) & 15]!;
    buf[this.length++] = HEX[(v >> 4) & 15]!;
    buf[this.length++] = HEX[v & 15]!;
    return this;
  }

  /** A copy of what was written (its own buffer, so it can be transferred), and the writer emptied. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.length);
    this.length = 0;
    return out;
  }
}
