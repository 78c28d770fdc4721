/** Hosting from the desktop app: the main process starts the servers, this window joins as host. */
import type { Message } from '../../../shared/i18n';
import type { Editor } from '../editor/editor';
import { collabFor } from './manager';

export async function hostOnThisComputer(app: Editor): Promise<{ ok: true } | { ok: false; message: Message }> {
  const result = await app.host.room.host({});
  if (!result.ok) return result;
  const { room, password, signalingUrls, localSignalingUrl, joinUrl } = result.value;
  const collab = collabFor(app);
  await collab.host({ room, password, signaling: [localSignalingUrl], joinBase: joinUrl ? joinUrl.split('?')[0] : undefined, advertised: signalingUrls });
  return { ok: true };
}

export async function stopHostingOnThisComputer(app: Editor): Promise<void> {
  if (app.hostKind === 'electron') await app.host.room.stop();
}
