import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { suggestedFileName, withJourneyExtension } from '../../../electron/main/files/file-names';
import { fileFromArgv } from '../../../electron/main/launch-args';
import { isRendererUrl, rendererSource } from '../../../electron/main/renderer-location';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, isPermissionAllowed, isSafeExternalUrl, withCspHeader } from '../../../electron/main/security-policy';

describe('Content-Security-Policy', () => {
  it('is the policy agreed with the renderer', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss: http: https:",
    );
  });

  it('replaces any CSP a response carries, whatever the header case, keeping other headers', () => {
    const headers = withCspHeader({ 'content-security-policy': ["default-src *"], 'Content-Type': 'text/html' });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('is relaxed in development only to let the React Refresh inline preamble run', () => {
    expect(DEV_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
  });

});

describe('permissions and external links', () => {
  it('allows only the clipboard', () => {
    expect(isPermissionAllowed('clipboard-read')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid', 'unknown']) expect(isPermissionAllowed(p), p).toBe(false);
  });

  it('hands only http(s) and mailto links to the OS', () => {
    for (const ok of ['https://example.com/a', 'http://example.com', 'mailto:a@example.com']) expect(isSafeExternalUrl(ok), ok).toBe(true);
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'not a url', '']) expect(isSafeExternalUrl(bad), bad).toBe(false);
  });
});

describe('renderer location', () => {
  const folder = resolve('/app/out/renderer');
  const built = rendererSource(folder, undefined, true);

  it('serves the built files as app://journey/ by default', () => {
    expect(built).toEqual({ kind: 'app', folder, url: 'app://journey/index.html' });
  });
  it('uses the dev server only when not packaged', () => {
    expect(rendererSource(folder, 'http://localhost:5173', false)).toEqual({ kind: 'dev', url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(rendererSource(folder, 'http://localhost:5173', true).kind).toBe('app');
    expect(rendererSource(folder, 'javascript:alert(1)', false).kind).toBe('app');
  });
  it('recognizes app://journey/ pages (with query or hash) and nothing else, not even the built files over file://', () => {
    expect(isRendererUrl('app://journey/index.html', built)).toBe(true);
    expect(isRendererUrl('app://journey/index.html?guide=1#/board/1', built)).toBe(true);
    expect(isRendererUrl('app://journey/', built)).toBe(true);
    expect(isRendererUrl(pathToFileURL(join(folder, 'index.html')).href, built)).toBe(false);
    expect(isRendererUrl('app://evil/index.html', built)).toBe(false);
    expect(isRendererUrl('app://journey:8080/index.html', built)).toBe(false);
    expect(isRendererUrl('app://user:pw@journey/index.html', built)).toBe(false);
    expect(isRendererUrl('https://journey/index.html', built)).toBe(false);
    expect(isRendererUrl('https://evil.example/', built)).toBe(false);
    expect(isRendererUrl('about:blank', built)).toBe(false);
    expect(isRendererUrl('not a url', built)).toBe(false);
  });
  it('recognizes the dev server by origin', () => {
    const dev = rendererSource(folder, 'http://localhost:5173', false);
    expect(isRendererUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isRendererUrl('http://evil.example/', dev)).toBe(false);
  });
});

describe('file names', () => {
  it('makes a safe default name from a suggestion', () => {
    expect(suggestedFileName('Onboarding')).toBe('Onboarding.journey');
    expect(suggestedFileName('Onboarding.journey')).toBe('Onboarding.journey');
    expect(suggestedFileName('../../etc/passwd')).toBe('-..-etc-passwd.journey');
    expect(suggestedFileName('a:b*c?"d<e>|f')).toBe('a-b-c--d-e--f.journey');
    expect(suggestedFileName('   ')).toBe('Untitled.journey');
    expect(suggestedFileName('CON')).toBe('CON-workspace.journey');
    expect(suggestedFileName('x'.repeat(500))).toHaveLength(120 + '.journey'.length);
  });
  it('appends .journey when missing', () => {
    expect(withJourneyExtension('/d/Plan')).toBe('/d/Plan.journey');
    expect(withJourneyExtension('/d/Plan.JOURNEY')).toBe('/d/Plan.JOURNEY');
    expect(withJourneyExtension('/d/Plan.json')).toBe('/d/Plan.json.journey');
  });
});

describe('fileFromArgv', () => {
  it('finds the .journey argument, skipping the executable, the app folder and switches', () => {
    expect(fileFromArgv(['/usr/bin/journey', '/docs/a.journey'], '/')).toBe('/docs/a.journey');
    expect(fileFromArgv(['electron', '.', '--inspect', 'rel/b.JOURNEY'], '/work')).toBe(resolve('/work', 'rel/b.JOURNEY'));
    expect(fileFromArgv(['journey', '--allow-file-access-from-files', '--x=a.journey'], '/')).toBeNull();
    expect(fileFromArgv(['journey'], '/')).toBeNull();
  });

  it('opens the file a Linux file manager passes as a file:// URI, escapes decoded', () => {
    expect(fileFromArgv(['/opt/Journey/journey', 'file:///home/u/My%20Board.journey'], '/')).toBe('/home/u/My Board.journey');
    expect(fileFromArgv(['journey', 'file:///home/u/%D0%9A%D0%B0%D1%80%D1%82%D0%B0.journey'], '/')).toBe('/home/u/Карта.journey');
  });

  it('never takes another scheme or a remote file URI for a file', () => {
    expect(fileFromArgv(['journey', 'journey://join?room=x.journey'], '/')).toBeNull();
    expect(fileFromArgv(['journey', 'https://example.com/a.journey'], '/')).toBeNull();
    expect(fileFromArgv(['journey', 'file://server/share/a.journey'], '/')).toBeNull();
  });
});
