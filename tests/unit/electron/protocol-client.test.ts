import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protocolClientArgs } from '../../../electron/main/protocol-client';

describe('journey:// protocol registration', () => {
  it('registers the packaged executable by the scheme alone', () => {
    expect(protocolClientArgs('journey', { execPath: '/opt/Journey/journey', argv: ['/opt/Journey/journey'] }, '/')).toEqual({ scheme: 'journey' });
  });

  it('in development registers Electron with our script, so a clicked link starts Journey and not a bare Electron', () => {
    const dev = protocolClientArgs('journey', { defaultApp: true, execPath: 'C:\\node_modules\\electron\\dist\\electron.exe', argv: ['electron.exe', '.'] }, '/work/journey');
    expect(dev).toEqual({ scheme: 'journey', path: 'C:\\node_modules\\electron\\dist\\electron.exe', args: [resolve('/work/journey', '.')] });
  });
});
