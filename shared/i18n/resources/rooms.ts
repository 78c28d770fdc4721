/** Why a room server refused a room, as a message (the server's reason: server/src/tokens.ts verifyToken). */
import { message, type Message } from '../index';

export function refusalMessage(reason: string): Message {
  if (reason === 'no token') return message('rooms.noToken');
  const why = reason === 'token expired' ? 'rooms.reasonExpired' : reason === 'token is for another room' ? 'rooms.reasonOtherRoom' : 'rooms.reasonInvalid';
  return message('rooms.refused', { reason: message(why) });
}
