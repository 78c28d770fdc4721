import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security-policy';
import { parseServeArgs } from '../../../electron/main/serve-args';
import { mimeType, resolveRequestPath } from '../../../electron/main/served-file';
import { listenErrorMessage, startStaticServer, type RunningServer } from '../../../electron/main/static-server';
import { bundleForNode } from './bundle-for-node';

let base: string;
let root: string;
let server: RunningServer;

/** A raw HTTP request: unlike fetch, the path is sent exactly as written (no `..` clean-up). */
function raw(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'journey-serve-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Journey</title>');
  const files: Record<string, string> = {
    'assets/app.js': 'console.log(1)',
    'assets/chunk.mjs': 'export {}',
    'assets/style.css': 'body{}',
    'assets/logo.svg': '<svg/>',
    'assets/logo.png': 'png',
    'assets/font.woff': 'woff',
    'assets/font.woff2': 'woff2',
    'assets/data.json': '{}',
    'favicon.ico': 'ico',
    'assets/mod.wasm': 'wasm',
    'assets/app.js.map': '{}',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(root, name), content);
  await writeFile(join(base, 'secret.txt'), 'top secret');
  if (process.platform !== 'win32') await symlink(join(base, 'secret.txt'), join(root, 'escape.txt'));
  server = await startStaticServer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(base, { recursive: true, force: true });
});

describe('static server over loopback', () => {
  it('listens on 127.0.0.1 and reports its URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves index.html for / with the CSP and no-cache', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Journey</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/chunk.mjs', 'text/javascript; charset=utf-8'],
    ['assets/style.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/logo.png', 'image/png'],
    ['assets/font.woff', 'font/woff'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['assets/mod.wasm', 'application/wasm'],
    ['assets/app.js.map', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const res = await fetch(new URL(path, server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    await res.arrayBuffer();
  });

  it('answers 404 for a missing file', async () => {
    const res = await fetch(new URL('nope.js', server.url));
    expect(res.status).toBe(404);
    await res.text();
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html', '/%E0%A4%A'])(
    'refuses %s',
    async (path) => {
      const res = await raw(path);
      expect([400, 403, 404]).toContain(res.status);
      expect(res.body).not.toContain('top secret');
    },
  );

  it.skipIf(process.platform === 'win32')('refuses a symlink that leads outside the folder', async () => {
    const res = await raw('/escape.txt');
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('top secret');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await raw('/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('console.log(1)'.length));
    expect(head.body).toBe('');
    const post = await raw('/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
  });

  it('ignores the query string', async () => {
    const res = await fetch(new URL('assets/app.js?v=3', server.url));
    expect(await res.text()).toBe('console.log(1)');
  });

  it('reports a busy port as EADDRINUSE, with a clear message', async () => {
    const error: unknown = await startStaticServer({ root, port: server.port }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'EADDRINUSE' });
    expect(listenErrorMessage(error, '127.0.0.1', server.port)).toMatch(new RegExp(`Port ${server.port} on 127.0.0.1 is already in use.*--port 0`));
  });
});

describe('resolveRequestPath / mimeType', () => {
  const r = join(tmpdir(), 'root');
  it('maps URLs into the folder', () => {
    expect(resolveRequestPath(r, '/')).toBe(join(r, 'index.html'));
    expect(resolveRequestPath(r, '/a/b.js?x=1#y')).toBe(join(r, 'a', 'b.js'));
    expect(resolveRequestPath(r, '/with%20space.css')).toBe(join(r, 'with space.css'));
  });
  it('refuses anything that would leave it', () => {
    for (const bad of ['/../x', '/a/../../x', '/%2e%2e/x', '/a\\..\\x', 'x', '/%00', '/%zz']) expect(resolveRequestPath(r, bad), bad).toBeNull();
  });
  it('defaults unknown types to octet-stream', () => {
    expect(mimeType('a.bin')).toBe('application/octet-stream');
    expect(mimeType('A.HTML')).toBe('text/html; charset=utf-8');
  });
});

describe('parseServeArgs', () => {
  it('defaults to 127.0.0.1:5180 and the built renderer', () => {
    expect(parseServeArgs([])).toEqual({ kind: 'run', options: { host: '127.0.0.1', port: 5180, root: null } });
  });
  it('reads --port, --host and --root in both spellings', () => {
    expect(parseServeArgs(['--port', '5199', '--host=0.0.0.0', '--root', '/tmp/x'])).toEqual({
      kind: 'run',
      options: { host: '0.0.0.0', port: 5199, root: '/tmp/x' },
    });
    expect(parseServeArgs(['--port=0'])).toMatchObject({ options: { port: 0 } });
  });
  it('rejects bad ports and unknown arguments', () => {
    expect(parseServeArgs(['--port', '70000'])).toMatchObject({ kind: 'error' });
    expect(parseServeArgs(['--port', 'abc'])).toMatchObject({ kind: 'error' });
    expect(parseServeArgs(['--port'])).toMatchObject({ kind: 'error' });
    expect(parseServeArgs(['--verbose'])).toMatchObject({ kind: 'error', message: expect.stringContaining('Unknown argument "--verbose"') });
    expect(parseServeArgs(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('serve-cli (bundled, in a child process)', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await bundleForNode('electron/main/serve-cli.ts');
  }, 30_000);
  afterAll(() => rm(dirname(cli), { recursive: true, force: true }));

  function run(args: string[]) {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const line = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const check = () => {
          const m = pattern.exec(stdout);
          if (m) resolve(m);
        };
        child.stdout.on('data', check);
        void exited.then(() => {
          check();
          reject(new Error(`exited before printing ${pattern}: ${stdout}${stderr}`));
        });
      });
    return { child, exited, line, out: () => stdout, err: () => stderr };
  }

  it('prints the URL once listening, serves the folder, and stops cleanly on SIGTERM', async () => {
    const proc = run(['--port', '0', '--root', root]);
    const [, url] = await proc.line(/Journey is served at (http:\/\/127\.0\.0\.1:\d+\/)\n/);
    const res = await fetch(url ?? '');
    expect(await res.text()).toContain('<title>Journey</title>');
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  it('exits 1 with a clear message when the port is busy', async () => {
    const proc = run(['--port', String(server.port), '--root', root]);
    expect(await proc.exited).toBe(1);
    expect(proc.err()).toContain(`Port ${server.port} on 127.0.0.1 is already in use`);
  });

  it('exits 1 when there is nothing built to serve', async () => {
    const proc = run(['--port', '0', '--root', join(base, 'empty')]);
    expect(await proc.exited).toBe(1);
    expect(proc.err()).toMatch(/no index\.html.*npm run build/i);
  });
});
