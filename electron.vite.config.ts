import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security-policy';

const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string };


/** Built pages carry the CSP as a meta tag too (file:// loads have no headers). Dev needs inline scripts for reload. */
function cspMeta(): Plugin {
  return {
    name: 'journey-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

// One tool builds all three targets (main, preload, renderer) with Vite's pipeline, so the
// renderer served to browsers (`npm run serve`) is byte-for-byte what Electron loads.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle what main imports (zod, yjs, ws, …) into out/main: the package then needs no
      // node_modules at all (build/electron-builder.yml), so renderer-only packages and native
      // prebuilds (leveldown via y-websocket's optional y-leveldb) never reach the asar.
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'serve-cli': resolve('electron/main/serve-cli.ts'),
          'signal-cli': resolve('electron/main/signal-cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'): bundle everything, emit CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    build: {
      outDir: resolve('out/renderer'),
      // Also served to browsers over the network: ship it minified.
      minify: !process.env.JOURNEY_DEBUG_BUILD,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    plugins: [react(), cspMeta()],
  },
});
