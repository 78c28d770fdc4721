/**
 * build/electron-builder.yml, loaded and validated the way `electron-builder` does it (its own
 * loader and JSON schema from app-builder-lib, which electron-builder depends on), so a
 * misspelt option fails here rather than at packaging time on a release machine.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './bundle-for-node';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  files?: unknown;
  directories?: { output?: string };
  fileAssociations?: unknown[];
  electronFuses?: Record<string, boolean>;
  mac?: { target?: unknown };
  win?: { target?: unknown };
  linux?: { target?: unknown };
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
}

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as ConfigModule;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('build/electron-builder.yml', () => {
  it('passes electron-builder\'s schema and says what the release needs', async () => {
    const config = await getConfig(REPO_ROOT, 'build/electron-builder.yml', null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config).toMatchObject({
      appId: 'app.journey.desktop',
      productName: 'Journey',
      directories: { output: 'release' },
      fileAssociations: [{ ext: 'journey', name: 'Journey workspace', role: 'Editor', mimeType: 'application/x-journey+json' }],
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        enableCookieEncryption: true,
        // Apple Silicon kills an app whose signature the flip voided: re-sign ad hoc.
        resetAdHocDarwinSignature: true,
      },
      mac: { target: 'dmg' },
      win: { target: 'nsis' },
      linux: { target: ['AppImage', 'deb'] },
    });
    expect(JSON.stringify(config.files)).toContain('out/**');
    expect(JSON.stringify(config.files)).toContain('package.json');
  }, 20_000);

  it('rejects a misspelt fuse (the validation is real)', async () => {
    const config = await getConfig(REPO_ROOT, 'build/electron-builder.yml', null);
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  }, 20_000);
});
