// The web host's wire format: bytes of every kind survive, other values are plain JSON.
import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../shared/api/wire';

describe('wire format', () => {
  it('carries Uint8Array and Node Buffers as bytes, at any depth, and leaves look-alikes alone', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    const value = { a: bytes, list: [Buffer.from('公报'), { deep: new Uint8Array([0, 255]) }], text: '第3期', n: 1, $bytes: 'x' };
    const back = decodeWire(encodeWire(value)) as typeof value;
    expect(back.a).toEqual(bytes);
    expect(back.list[0]).toEqual(new Uint8Array(Buffer.from('公报')));
    expect((back.list[1] as { deep: Uint8Array }).deep).toEqual(new Uint8Array([0, 255]));
    expect(back.text).toBe('第3期');
    // An object with more than the one $bytes key is data, not bytes.
    expect(back.$bytes).toBe('x');
  });
});
