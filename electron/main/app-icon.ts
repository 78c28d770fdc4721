/** Where the window icon is (plain, tested). */
import { join } from 'node:path';

/**
 * Linux draws a window's icon from the BrowserWindow (macOS and Windows take the app bundle's or
 * the executable's). Packaged, build/icon.png is copied next to the asar (electron-builder
 * `extraResources`); in development it is read from build/ itself (out/main is two levels down).
 */
export function windowIconPath(platform: NodeJS.Platform, isPackaged: boolean, resourcesPath: string, mainDir: string): string | undefined {
  if (platform !== 'linux') return undefined;
  return isPackaged ? join(resourcesPath, 'icon.png') : join(mainDir, '../../build/icon.png');
}
