import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blankPersona, personaContent } from '../../../shared/doc';
import { sampleWorkspace } from '../../../shared/model';
import {
  checkPhotoFile,
  checkPhotoPixels,
  imageDimensions,
  initialsOf,
  PHOTO_MAX_FILE_BYTES,
  PHOTO_SIZE,
  squareCrop,
} from '../../../shared/persona/photo-size';
import { personasFromJson, personasToJson, personasToText } from '../../../shared/persona/transfer';

describe('photo size maths', () => {
  it('crops to a centred square and scales down to the photo size, never up', () => {
    expect(squareCrop(4000, 3000)).toEqual({ sx: 500, sy: 0, side: 3000, size: PHOTO_SIZE });
    expect(squareCrop(600, 1000)).toEqual({ sx: 0, sy: 200, side: 600, size: PHOTO_SIZE });
    expect(squareCrop(100, 80)).toEqual({ sx: 10, sy: 0, side: 80, size: 80 });
  });

  it('refuses files over the byte limit and pictures over the pixel limit', () => {
    expect(checkPhotoFile(20 * 1024 * 1024)).toBeNull();
    expect(checkPhotoFile(PHOTO_MAX_FILE_BYTES + 1)).toMatchObject({ code: 'too-large-file' });
    expect(checkPhotoPixels(6000, 4000)).toBeNull();
    expect(checkPhotoPixels(10000, 8000)).toMatchObject({ code: 'too-many-pixels', width: 10000, height: 8000 });
    expect(checkPhotoPixels(0, 10)).toEqual({ code: 'not-an-image' });
  });

  it('reads width and height from PNG, GIF, JPEG and WebP headers', () => {
    const png = new Uint8Array(33);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x0a, 0x28, 0, 0, 0x07, 0xd0]);
    expect(imageDimensions(png)).toEqual({ width: 2600, height: 2000, type: 'png' });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00]);
    expect(imageDimensions(gif)).toEqual({ width: 320, height: 240, type: 'gif' });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 3000, width 4000.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x0b, 0xb8, 0x0f, 0xa0, 3, 0, 0, 0, 0]);
    expect(imageDimensions(jpeg)).toEqual({ width: 4000, height: 3000, type: 'jpeg' });
    const webp = new Uint8Array(30);
    webp.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
    webp.set([...'WEBPVP8X'].map((c) => c.charCodeAt(0)), 8);
    webp.set([0xff, 0x03, 0x00, 0x7f, 0x02, 0x00], 24); // 1024 × 640
    expect(imageDimensions(webp)).toEqual({ width: 1024, height: 640, type: 'webp' });
    expect(imageDimensions(new TextEncoder().encode('hello, not a picture at all....'))).toBeNull();
  });

  it('reads a real PNG written by zlib', () => {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(7, 0);
    ihdr.writeUInt32BE(5, 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR'), ihdr, deflateSync(Buffer.alloc(5 * 22))]);
    expect(imageDimensions(new Uint8Array(bytes))).toMatchObject({ width: 7, height: 5 });
  });

  it('makes initials for the avatar', () => {
    expect(initialsOf('Tech-Savvy Tim')).toBe('TT');
    expect(initialsOf('Traditional Trudy')).toBe('TT');
    expect(initialsOf('ана')).toBe('АН');
    expect(initialsOf('  ')).toBe('?');
    expect(initialsOf('Budi Santoso')).toBe('BS');
  });
});

describe('personas on the clipboard', () => {
  const [tim, trudy] = sampleWorkspace('en', '2025-01-01T00:00:00.000Z').personas;

  it('round-trips every field, photo included, without ids', () => {
    const photo = 'data:image/webp;base64,AAAA';
    const contents = [{ ...personaContent(tim!), photo }, personaContent(trudy!)];
    const back = personasFromJson(personasToJson(contents));
    expect(back).toEqual(contents);
    expect(back[0]).not.toHaveProperty('id');
  });

  it('drops invalid entries and ignores what is not ours', () => {
    const json = JSON.stringify({ personas: [{ ...blankPersona('Ok', '#123456') }, { name: 'no colour' }, { ...blankPersona('Bad', 'red') }] });
    expect(personasFromJson(json).map((p) => p.name)).toEqual(['Ok']);
    expect(personasFromJson('not json')).toEqual([]);
    expect(personasFromJson(JSON.stringify({ notes: [] }))).toEqual([]);
    expect(personasFromJson(null)).toEqual([]);
  });

  it('writes a readable text card per persona', () => {
    const text = personasToText([personaContent(tim!)], { role: 'Role', goals: 'Goals', channels: 'Channels', online: 'online' });
    expect(text.split('\n')[0]).toBe('Tech-Savvy Tim');
    expect(text).toContain('Role: Young professional');
    expect(text).toContain('Channels: online');
  });
});
