import { describe, expect, it } from 'vitest';
import { recentFileId } from '../../../shared/recent-id';

describe('recentFileId', () => {
  it('is 12 hex digits, the same for the same path, different for near-identical paths', () => {
    const paths = [
      '/home/ana/Workshops/Карта клиента.journey',
      '/home/ana/Workshops/Карта клиента 2.journey',
      '/home/ana/Workshops/карта клиента.journey',
      'C:\\Users\\Ana\\Documents\\Journey.journey',
      'C:\\Users\\Ana\\Documents\\Journey.journeY',
      '/a.journey',
      '/b.journey',
      '/Volumes/USB/Perjalanan pelanggan.journey',
      '/home/ana/🙂.journey',
      '',
    ];
    const ids = paths.map(recentFileId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(paths.length);
    expect(paths.map(recentFileId)).toEqual(ids);
  });

  it('gives 10,000 distinct paths 10,000 distinct ids', () => {
    const ids = new Set(Array.from({ length: 10_000 }, (_, i) => recentFileId(`/home/u/Workshop ${i}.journey`)));
    expect(ids.size).toBe(10_000);
  });
});
