import {
  checkPhotoFile,
  checkPhotoPixels,
  imageDimensions,
  PHOTO_MAX_DATA_URL,
  PHOTO_QUALITIES,
  squareCrop,
  type PhotoRefusal,
} from '../../../shared/persona/photo-size';

export type PhotoResult = { readonly ok: true; readonly dataUrl: string } | { readonly ok: false; readonly refusal: PhotoRefusal };

/**
 * Turn a picked file into the small square photo stored in the workspace: refuse what is too
 * big before reading or decoding it, decode, cover-crop, draw at most 256×256, encode as WebP
 * (JPEG where WebP encoding is missing). The original file is never stored.
 */
export async function photoFromFile(file: Blob): Promise<PhotoResult> {
  const tooBig = checkPhotoFile(file.size);
  if (tooBig) return { ok: false, refusal: tooBig };
  // The header says how big the picture is: refuse a huge one before decoding it.
  const head = imageDimensions(new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer()));
  if (head) {
    const refused = checkPhotoPixels(head.width, head.height);
    if (refused) return { ok: false, refusal: refused };
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, refusal: { code: 'not-an-image' } };
  }
  try {
    const refused = checkPhotoPixels(bitmap.width, bitmap.height);
    if (refused) return { ok: false, refusal: refused };
    const crop = squareCrop(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = crop.size;
    canvas.height = crop.size;
    const ctx = canvas.getContext('2d');
    if (!ctx) return { ok: false, refusal: { code: 'not-an-image' } };
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.fillStyle = '#ffffff'; // transparent pictures get a white background (JPEG has no alpha)
    ctx.fillRect(0, 0, crop.size, crop.size);
    ctx.drawImage(bitmap, crop.sx, crop.sy, crop.side, crop.side, 0, 0, crop.size, crop.size);
    for (const quality of PHOTO_QUALITIES) {
      let url = canvas.toDataURL('image/webp', quality);
      if (!url.startsWith('data:image/webp;base64,')) url = canvas.toDataURL('image/jpeg', quality);
      if (url.length <= PHOTO_MAX_DATA_URL) return { ok: true, dataUrl: url };
    }
    return { ok: false, refusal: { code: 'too-big-encoded' } };
  } finally {
    bitmap.close();
  }
}

/** Let the user pick a file with the system dialog; null when they cancel. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const done = (file: File | null) => {
      resolve(file);
      input.remove();
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => done(null));
    document.body.append(input);
    input.click();
  });
}
