/**
 * Persona photos: the size maths, kept pure so it is tested without a browser. The renderer
 * decodes the picked file, crops it to a centred square and draws it at `PHOTO_SIZE` pixels,
 * then stores that small WebP/JPEG inside the workspace — never the original file.
 */

/** Largest file accepted at all (bytes): bigger files are refused before being read. */
export const PHOTO_MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Largest picture accepted (pixels): decoding more would take hundreds of MB of memory. */
export const PHOTO_MAX_PIXELS = 40_000_000;
/** Edge of the stored square photo (pixels). */
export const PHOTO_SIZE = 256;
/** Budget for the stored data: URL (characters); well under the schema's 2 MB. */
export const PHOTO_MAX_DATA_URL = 150_000;

export type PhotoRefusal =
  | { readonly code: 'too-large-file'; readonly bytes: number; readonly limit: number }
  | { readonly code: 'too-many-pixels'; readonly width: number; readonly height: number; readonly limit: number }
  | { readonly code: 'not-an-image' }
  | { readonly code: 'too-big-encoded' };

/** A file is checked before it is read: its size only. */
export function checkPhotoFile(bytes: number): PhotoRefusal | null {
  return bytes > PHOTO_MAX_FILE_BYTES ? { code: 'too-large-file', bytes, limit: PHOTO_MAX_FILE_BYTES } : null;
}

export function checkPhotoPixels(width: number, height: number): PhotoRefusal | null {
  if (!(width > 0 && height > 0)) return { code: 'not-an-image' };
  return width * height > PHOTO_MAX_PIXELS ? { code: 'too-many-pixels', width, height, limit: PHOTO_MAX_PIXELS } : null;
}

export interface SquareCrop {
  /** Source rectangle (a centred square of the picture). */
  readonly sx: number;
  readonly sy: number;
  readonly side: number;
  /** Edge of the output square: `PHOTO_SIZE`, or smaller for a small picture (never upscaled). */
  readonly size: number;
}

/** Cover-crop to a centred square, scaled down to at most `maxSize`. */
export function squareCrop(width: number, height: number, maxSize = PHOTO_SIZE): SquareCrop {
  const side = Math.min(width, height);
  return { sx: Math.floor((width - side) / 2), sy: Math.floor((height - side) / 2), side, size: Math.max(1, Math.min(maxSize, side)) };
}

/** Encoder qualities to try in turn until the result fits `PHOTO_MAX_DATA_URL`. */
export const PHOTO_QUALITIES = [0.85, 0.7, 0.5, 0.3] as const;

/**
 * Width and height from an image file's header (PNG, JPEG, GIF, WebP), so an enormous picture
 * is refused before it is decoded. Null when the header is not one of those.
 */
export function imageDimensions(bytes: Uint8Array): { width: number; height: number; type: 'png' | 'jpeg' | 'gif' | 'webp' } | null {
  const at = (i: number) => bytes[i] ?? 0;
  const u16be = (i: number) => (at(i) << 8) | at(i + 1);
  const u16le = (i: number) => at(i) | (at(i + 1) << 8);
  const u24le = (i: number) => at(i) | (at(i + 1) << 8) | (at(i + 2) << 16);
  const u32be = (i: number) => ((at(i) << 24) >>> 0) + (at(i + 1) << 16) + (at(i + 2) << 8) + at(i + 3);
  const ascii = (i: number, n: number) => String.fromCharCode(...bytes.subarray(i, i + n));
  if (bytes.length >= 24 && at(0) === 0x89 && ascii(1, 3) === 'PNG' && ascii(12, 4) === 'IHDR') {
    return { width: u32be(16), height: u32be(20), type: 'png' };
  }
  if (bytes.length >= 10 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) {
    return { width: u16le(6), height: u16le(8), type: 'gif' };
  }
  if (bytes.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8X') return { width: u24le(24) + 1, height: u24le(27) + 1, type: 'webp' };
    if (chunk === 'VP8L') {
      const b = (i: number) => at(21 + i);
      return { width: 1 + (((b(1) & 0x3f) << 8) | b(0)), height: 1 + (((b(3) & 0xf) << 10) | (b(2) << 2) | ((b(1) & 0xc0) >> 6)), type: 'webp' };
    }
    if (chunk === 'VP8 ') return { width: u16le(26) & 0x3fff, height: u16le(28) & 0x3fff, type: 'webp' };
    return null;
  }
  if (bytes.length >= 4 && at(0) === 0xff && at(1) === 0xd8) {
    // Walk the JPEG segments to the first start-of-frame marker.
    let i = 2;
    while (i + 9 < bytes.length) {
      if (at(i) !== 0xff) return null;
      const marker = at(i + 1);
      if (marker === 0xff) {
        i++;
        continue;
      }
      const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) return { width: u16be(i + 7), height: u16be(i + 5), type: 'jpeg' };
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        i += 2;
        continue;
      }
      i += 2 + u16be(i + 2);
    }
    return null;
  }
  return null;
}

/** Initials for the avatar shown when a persona has no photo: "Tech-Savvy Tim" → "TT". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/[\s\-_.]+/u).filter(Boolean);
  if (!words.length) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? ([...words.at(-1)!][0] ?? '') : ([...words[0]!][1] ?? '');
  return (first + last).toLocaleUpperCase();
}
