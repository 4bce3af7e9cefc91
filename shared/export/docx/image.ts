// An image block as an inline picture, sized from the model's width (mm) and the file's own aspect ratio.
import { ImageRun } from 'docx';
import type { ImageBlock } from '../../model/blocks';

type Kind = 'png' | 'jpg';

/** Pixel size from a PNG IHDR or a JPEG SOFn marker; undefined for anything else. */
export function imageSize(bytes: Uint8Array): { kind: Kind; width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length > 24 && view.getUint32(0) === 0x89504e47) {
    return { kind: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length > 4 && view.getUint16(0) === 0xffd8) {
    for (let i = 2; i + 9 < bytes.length; ) {
      if (bytes[i] !== 0xff) return undefined;
      const marker = bytes[i + 1]!;
      const length = view.getUint16(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { kind: 'jpg', height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
      }
      i += 2 + length;
    }
  }
  return undefined;
}

const PX_PER_MM = 96 / 25.4;

export function imageRun(block: ImageBlock, bytes: Uint8Array, maxWidthMm: number): ImageRun | undefined {
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return undefined;
  const widthMm = Math.min(block.widthMm ?? size.width / PX_PER_MM, maxWidthMm);
  const width = Math.round(widthMm * PX_PER_MM);
  return new ImageRun({
    type: size.kind,
    data: bytes,
    transformation: { width, height: Math.round((width * size.height) / size.width) },
    altText: { name: block.asset, description: block.caption ?? block.asset, title: block.caption ?? block.asset },
  });
}
