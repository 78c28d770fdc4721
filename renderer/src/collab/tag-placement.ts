/**
 * Where presence name tags go (collab/PresenceLayer.tsx): never over a note someone is typing
 * in, never over another tag. Pure, in board units (a tag's size is its screen size / scale).
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TagRequest {
  readonly key: string;
  /** Label of the note being typed in (placed along its top edge), or of a cursor at this point. */
  readonly anchor: { readonly kind: 'editing'; readonly note: Box } | { readonly kind: 'cursor'; readonly x: number; readonly y: number };
  readonly width: number;
  readonly height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function candidates(request: TagRequest, gap: number): Box[] {
  const { width, height } = request;
  if (request.anchor.kind === 'editing') {
    const note = request.anchor.note;
    // Along the top edge, left to right; then along the bottom edge.
    const along = (y: number) => Array.from({ length: 6 }, (_, i) => ({ x: note.x + i * (width + gap), y, width, height }));
    return [...along(note.y - height - gap), ...along(note.y + note.height + gap)];
  }
  const { x, y } = request.anchor;
  const right = x + 14 * (height / 20);
  const below = y + 16 * (height / 20);
  return [
    { x: right, y: below, width, height },
    { x: right, y: y - height - gap, width, height },
    { x: x - width - gap, y: below, width, height },
    { x: x - width - gap, y: y - height - gap, width, height },
    ...Array.from({ length: 6 }, (_, i) => ({ x: right, y: below + (i + 1) * (height + gap), width, height })),
  ];
}

/**
 * Each tag's box: the first candidate clear of the notes being typed in and of the tags placed
 * before it (editing tags first, they belong to their note); a cursor tag with no clear place
 * is left out (its coloured arrow still shows), never drawn over someone's text.
 */
export function placeTags(requests: readonly TagRequest[], typedIn: readonly Box[], gap: number): Map<string, Box> {
  const placed = new Map<string, Box>();
  const taken: Box[] = [...typedIn];
  const ordered = [...requests].sort((a, b) => (a.anchor.kind === b.anchor.kind ? 0 : a.anchor.kind === 'editing' ? -1 : 1));
  for (const request of ordered) {
    const options = candidates(request, gap);
    const clear = options.find((box) => !taken.some((t) => overlaps(box, t)));
    const box = clear ?? (request.anchor.kind === 'editing' ? options[0] : undefined);
    if (!box) continue;
    placed.set(request.key, box);
    taken.push(box);
  }
  return placed;
}
