/**
 * The `app://journey/` protocol the desktop renderer is served through, as a plain function over a
 * real folder on disk (the shape of out/renderer), including hostile URLs.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appProtocolResponse, isAppUrl } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security-policy';

let base: string;
let folder: string;
const get = (url: string, method = 'GET') => appProtocolResponse(new Request(url, { method }), folder);

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'journey-app-protocol-'));
  folder = join(base, 'out', 'renderer');
  await mkdir(join(folder, 'assets'), { recursive: true });
  await writeFile(join(folder, 'index.html'), '<!doctype html><title>Journey</title><script type="module" src="./assets/index-abc.js"></script>');
  await writeFile(join(folder, 'assets', 'index-abc.js'), 'console.log("карта")');
  await writeFile(join(folder, 'assets', 'app.css'), 'body{}');
  await writeFile(join(folder, 'assets', 'noto.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(folder, 'assets', 'Карта клиента.svg'), '<svg/>');
  await writeFile(join(base, 'out', 'secret.txt'), 'outside the renderer folder');
  await symlink(join(base, 'out', 'secret.txt'), join(folder, 'assets', 'link.txt'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves index.html with the app CSP, and the folder root means index.html', async () => {
    for (const url of [APP_INDEX_URL, 'app://journey/', 'app://journey/index.html?guide=1#x']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Journey</title>');
    }
  });

  it('serves scripts, styles and fonts with their MIME types and exact bytes, escapes in names decoded', async () => {
    const script = await get('app://journey/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("карта")');
    expect((await get('app://journey/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await get('app://journey/assets/noto.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect([...new Uint8Array(await font.arrayBuffer())]).toEqual([0x77, 0x4f, 0x46, 0x32]);
    expect((await get(`app://journey/assets/${encodeURIComponent('Карта клиента.svg')}`)).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).not.toBeNull();
    expect(await head.text()).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await get(APP_INDEX_URL, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('never serves anything outside the folder: .., encoded escapes, backslashes, NUL, symlinks out', async () => {
    const hostile = [
      'app://journey/../secret.txt',
      'app://journey/%2e%2e/secret.txt',
      'app://journey/%2E%2E/%2E%2E/etc/passwd',
      'app://journey/assets/..%2f..%2fsecret.txt',
      'app://journey/assets/..%5c..%5csecret.txt',
      'app://journey/%00index.html',
      'app://journey/%zz',
      'app://journey/assets/link.txt',
      'app://journey//etc/passwd',
    ];
    for (const url of hostile) {
      const response = await get(url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('outside the renderer folder');
    }
  });

  it('answers 404 for a missing file, a folder without index.html, and any other host', async () => {
    expect((await get('app://journey/missing.js')).status).toBe(404);
    expect((await get('app://journey/assets/')).status).toBe(404);
    expect((await get('app://evil/index.html')).status).toBe(404);
  });

  it('isAppUrl accepts only our host, without port or credentials', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://journey/assets/x.js?v=1')).toBe(true);
    for (const bad of ['app://journey.evil/index.html', 'app://journey:1/index.html', 'app://a@journey/', 'file:///index.html', 'http://journey/', '']) {
      expect(isAppUrl(bad), bad).toBe(false);
    }
  });
});
