import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Layer, Rect, Stage } from 'react-konva';
import type Konva from 'konva';
import type { BoardLayout } from '../../../shared/layout/board-layout';
import type { HitContext } from '../../../shared/layout/hit-test';
import { pinOf } from '../../../shared/layout/viewport';
import type { Editor } from '../editor/editor';
import { useStableLayout } from './board-data';
import { useBoardState } from './board-state';
import { BoardGrid, BoardHeaders } from './BoardBackground';
import { BoardOutline } from './BoardOutline';
import { onBoardFocus } from './board-focus';
import { CellHints } from './CellHints';
import { useBoardInput } from './board-input';
import { notesNearView, useCamera, type CameraParts, type Size } from './camera';
import { EmotionCurves } from './EmotionCurves';
import { useGestureFeedback } from './feedback';
import type { GestureEnv } from './gestures/types';
import { InPlaceEditor } from './InPlaceEditor';
import { NoteEditor } from './NoteEditor';
import { NoteShape, noteFooter } from './NoteShape';
import { ResizeHandle } from './ResizeHandle';
import { LOD_SCALE, NotesBitmap } from './NotesBitmap';
import { COLORS } from './theme';
import { PresenceLayer } from '../collab/PresenceLayer';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import { CurveOutline } from '../persona/CurveOutline';

/**
 * The journey board: a view. It draws the layout (shared/layout) in a few Konva layers, hands
 * presses to the board's gestures (./board-input, ./gestures) and zoom, pan and culling to the
 * camera (./camera); every layer is drawn only, never hit-tested by Konva. Memoized, it
 * re-renders only when something useBoardState reads changes (./board-state).
 */
export const JourneyBoard = memo(function JourneyBoard({ app, boardId }: { app: Editor; boardId: string }) {
  // What the board reads, by selector: it re-renders only when one of these changes.
  const state = useBoardState(app, boardId);
  const { records, curves, colours, ghostPersonaId, highlightPersonaId, notes: noteTable, lanes: laneTable } = state;
  const layout = useStableLayout(records);

  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const notesLayerRef = useRef<Konva.Layer>(null);
  const bandRef = useRef<Konva.Group>(null);
  const columnRef = useRef<Konva.Group>(null);
  const cornerRef = useRef<Konva.Rect>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const soleSelectedId = state.selectedNoteIds.length === 1 && !state.editingNoteId ? state.selectedNoteIds[0]! : null;
  // Latest values for handlers and the camera, which live across renders.
  const live = useRef({ layout, size, curves, ghostKey: ghostPersonaId ?? '', soleSelectedId, lod: false });
  live.current = { layout, size, curves, ghostKey: ghostPersonaId ?? '', soleSelectedId, lod: live.current.lod };
  const drag = useGestureFeedback(stageRef, () => live.current.layout);
  const parts = useMemo<CameraParts>(
    () => ({
      stage: () => stageRef.current,
      notesLayer: () => notesLayerRef.current,
      band: () => bandRef.current,
      column: () => columnRef.current,
      corner: () => cornerRef.current,
      layout: () => live.current.layout,
      size: () => live.current.size,
      dragging: (id) => drag.isDragging(id),
    }),
    [],
  );
  const { camera, vp } = useCamera(boardId, layout, size, parts);
  const env = useMemo<GestureEnv>(
    () => ({
      editor: app,
      boardId,
      layout: () => live.current.layout,
      viewport: () => camera.shown,
      setViewport: (next) => camera.setViewport(next),
      curves: () => live.current.curves,
      feedback: drag.feedback,
      now: () => performance.now(),
    }),
    [app, boardId, camera],
  );
  const hitContext = (): HitContext => {
    const l = live.current;
    return { layout: l.layout, viewport: camera.shown, handleNoteId: l.soleSelectedId, curves: l.curves, ghostCurveKey: l.ghostKey, notes: !l.lod };
  };
  const input = useBoardInput(app, env, camera, hitContext, () => containerRef.current);

  useLayoutEffect(() => {
    camera.afterRender();
    drag.placeDragged();
  });
  // The board registers what it offers (zoom, fit, reveal) and what it draws (read live).
  useEffect(() => app.registerBoardView(camera), [app, camera]);
  useEffect(
    () =>
      app.registerDrawnBoard({
        get layout() {
          return live.current.layout;
        },
        get viewport() {
          return camera.shown;
        },
        get container() {
          return containerRef.current;
        },
        get stage() {
          return stageRef.current;
        },
      }),
    [app, camera],
  );

  // Zoomed far out the notes are one picture; closer in, only the notes near the view become
  // React elements at all (DESIGN.md, "Rendering").
  const lod = vp.scale < LOD_SCALE;
  live.current.lod = lod;
  const visible = useMemo(() => (lod ? [] : notesNearView(records.notes, layout, vp, size)), [records.notes, layout, vp, size, lod]);
  const selected = new Set(state.selectedNoteIds);
  const t = app.t.bind(app);
  const selectedCellBox = (() => {
    const cell = state.selectedCell;
    const stage = cell && layout.stages.find((s) => s.id === cell.stageId);
    const lane = cell && layout.lanes.find((l) => l.id === cell.laneId);
    return stage && lane ? { x: stage.x, y: lane.y, width: stage.width, height: lane.height } : null;
  })();
  const editingNote = state.editingNoteId ? noteTable[state.editingNoteId] : undefined;
  const editingBox = editingNote ? layout.notes.get(editingNote.id) : undefined;
  const handleBox = soleSelectedId ? layout.notes.get(soleSelectedId) : undefined;
  const pin = useMemo(() => pinOf(vp), [vp]);
  const shown = camera.shown;

  return (
    <div
      className="board-canvas"
      ref={containerRef}
      data-testid="board-canvas"
      style={{ cursor: input.cursor }}
      onDoubleClick={input.onDoubleClick}
      tabIndex={0}
      role="application"
      aria-label={t('boardFocus.label')}
      onFocus={(e) => onBoardFocus(app, e)}
    >
      {size.width > 0 && (
        <Stage ref={stageRef} width={size.width} height={size.height} x={shown.x} y={shown.y} scaleX={shown.scale} scaleY={shown.scale} {...input.handlers}>
          <Layer listening={false}>
            <BoardGrid layout={layout} />
            {!lod && <CellHints app={app} layout={layout} curves={curves} />}
            {selectedCellBox && <Rect {...selectedCellBox} stroke={COLORS.selection} strokeWidth={2} dash={[8, 6]} />}
          </Layer>
          <Layer ref={notesLayerRef} listening={false}>
            <EmotionCurves
              layout={layout}
              curves={curves}
              ghostPersonaId={ghostPersonaId}
              ghostColor={ghostPersonaId ? colours[ghostPersonaId] : undefined}
              highlightKey={highlightPersonaId}
              dragged={drag.curvePoint}
            />
            {lod && <NotesBitmap notes={records.notes} layout={layout} scale={vp.scale} />}
            {lod &&
              state.selectedNoteIds.map((id) => {
                const box = layout.notes.get(id);
                return box ? <Rect key={id} {...box} stroke={COLORS.selection} strokeWidth={3 / vp.scale} /> : null;
              })}
            {visible.map((note) => {
              const box = layout.notes.get(note.id)!;
              const preview = drag.noteSize?.id === note.id ? drag.noteSize : null;
              return (
                <NoteShape
                  key={note.id}
                  note={note}
                  x={box.x}
                  y={box.y}
                  width={preview?.width ?? box.width}
                  height={preview?.height ?? box.height}
                  footer={noteFooter(note, t)}
                  laneKind={laneTable[note.laneId]?.kind}
                  selected={selected.has(note.id)}
                  editing={note.id === state.editingNoteId}
                  personaColors={note.personaIds?.flatMap((id) => colours[id] ?? []).join(',') || undefined}
                  dimmed={highlightPersonaId !== undefined && !note.personaIds?.includes(highlightPersonaId)}
                />
              );
            })}
            {handleBox && <ResizeHandle box={drag.noteSize?.id === handleBox.id ? { ...handleBox, ...drag.noteSize } : handleBox} />}
          </Layer>
          <FacilitationLayer app={app} layout={layout} />
          <Layer listening={false}>
            <BoardHeaders layout={layout} pin={pin} bandRef={bandRef} columnRef={columnRef} cornerRef={cornerRef} />
          </Layer>
          <Layer listening={false}>
            {drag.band && <Rect {...drag.band} fill="rgba(28,110,214,0.08)" stroke={COLORS.selection} strokeWidth={1 / vp.scale} />}
            {drag.marker && <Rect {...drag.marker} fill={COLORS.selection} />}
          </Layer>
          <PresenceLayer app={app} boardId={boardId} layout={layout} scale={vp.scale} />
        </Stage>
      )}
      {editingNote && editingBox && <NoteEditor key={editingNote.id} app={app} note={editingNote} box={editingBox} viewport={vp} />}
      {state.renaming && <InPlaceEditor app={app} layout={layout} viewport={vp} pin={pin} target={state.renaming} />}
      <BoardOutline
        app={app}
        stages={records.stages}
        lanes={records.lanes}
        layout={layout}
        selected={state.selectedNoteIds.length === 1 ? noteTable[state.selectedNoteIds[0]!] : undefined}
      />
      <CurveOutline app={app} boardId={boardId} stages={records.stages} />
    </div>
  );
});

export type { BoardLayout };
