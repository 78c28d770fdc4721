/**
 * A PNG written strip by strip through the browser's zlib (CompressionStream), so an image far
 * bigger than any one canvas never exists in memory whole: RGBA, 8 bits, filter 0 rows.
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(parts: readonly Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): BlobPart[] {
  const head = new Uint8Array(8);
  const view = new DataView(head.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  head.set(typeBytes, 4);
  const crc = new Uint8Array(4);
  new DataView(crc.buffer).setUint32(0, crc32([typeBytes, data]));
  return [head, data as Uint8Array<ArrayBuffer>, crc];
}

export interface PngWriter {
  /** Append rows of RGBA pixels (`width * 4` bytes each, top to bottom). */
  rows(rgba: Uint8ClampedArray, count: number): Promise<void>;
  finish(): Promise<Blob>;
}

export function pngWriter(width: number, height: number): PngWriter {
  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const compressed: Uint8Array[] = [];
  const reading = (async () => {
    const reader = stream.readable.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      compressed.push(value);
    }
  })();
  let written = 0;
  return {
    async rows(rgba, count) {
      const stride = width * 4;
      const out = new Uint8Array((stride + 1) * count);
      for (let y = 0; y < count; y++) {
        out[y * (stride + 1)] = 0;
        out.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
      }
      written += count;
      await writer.write(out);
    },
    async finish() {
      if (written !== height) throw new Error(`PNG: ${written} rows written, ${height} expected`);
      await writer.close();
      await reading;
      const ihdr = new Uint8Array(13);
      const view = new DataView(ihdr.buffer);
      view.setUint32(0, width);
      view.setUint32(4, height);
      ihdr[8] = 8;
      ihdr[9] = 6; // RGBA
      const parts: BlobPart[] = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunk('IHDR', ihdr)];
      // One IDAT chunk per compressed piece (any split is valid).
      for (const piece of compressed) parts.push(...chunk('IDAT', piece));
      parts.push(...chunk('IEND', new Uint8Array(0)));
      return new Blob(parts, { type: 'image/png' });
    },
  };
}
