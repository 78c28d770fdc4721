import type { WorkspaceSnapshot } from '../model';
import { boardPicture, type EmbeddedFont } from './print-document';
import { BOARD_CSS, boardTileHtml } from './print-board';
import { esc } from './html';

/**
 * One board as a standalone SVG at 100 %: the print document's board (HTML in a foreignObject,
 * so notes wrap exactly as printed, with the curves as SVG) and the fonts embedded. Browsers and
 * design tools that render HTML in SVG open it; the text stays text.
 */
export function boardSvg(snapshot: WorkspaceSnapshot, boardId: string, fonts: readonly EmbeddedFont[], locale: string = snapshot.workspace.locale): string {
  const picture = boardPicture(snapshot, boardId);
  const { width, height } = picture.layout;
  const title = snapshot.boards.find((b) => b.id === boardId)?.title ?? '';
  const faces = fonts.map((f) => `@font-face{font-family:"${f.family}";font-weight:${f.weight};src:url(${f.src}) format("woff2");${f.unicodeRange ? `unicode-range:${f.unicodeRange};` : ''}}`).join('');
  const body = boardTileHtml(picture, { rect: { x: 0, y: 0, width, height }, locale, headingStages: new Set(picture.layout.stages.map((s) => s.id)) });
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${esc(title)}</title><style>${faces}${BOARD_CSS}</style><rect width="100%" height="100%" fill="#ffffff"/><foreignObject x="0" y="0" width="${width}" height="${height}"><div xmlns="http://www.w3.org/1999/xhtml" class="board" style="width:${width}px;height:${height}px">${body}</div></foreignObject></svg>
`;
}
