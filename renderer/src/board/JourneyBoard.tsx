import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Layer, Rect, Stage } from 'react-konva';
import type Konva from 'konva';
import type { KonvaEventObject } from 'konva/lib/Node';
import { cellAt, layoutBoard, type BoardLayout } from '../../../shared/layout/board-layout';
import { addNoteAndEdit } from '../actions/registry';
import { useAppState, useView } from '../ui/hooks';
import type { AppController } from '../workspace/controller';
import { selectBoard } from './board-data';
import { BoardBackground, curvesOf } from './BoardBackground';
import { NoteEditor } from './NoteEditor';
import { NoteShape, noteFooter } from './NoteShape';
import { COLORS } from './theme';
import { BoardOutline } from './BoardOutline';

export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

const MIN_SCALE = 0.1;
const MAX_SCALE = 3;
/** Extra board units drawn around the visible area, so a short pan never shows a gap. */
const CULL_MARGIN = 200;

/** Viewports remembered per board while the app runs. */
const viewports = new Map<string, Viewport>();

function initialViewport(layout: BoardLayout, width: number): Viewport {
  const scale = Math.min(1, Math.max(0.5, (width - 32) / layout.width));
  return { x: 16, y: 16, scale };
}

export function JourneyBoard({ app, boardId }: { app: AppController; boardId: string }) {
  const state = useAppState(app);
  const view = useView(app);
  const { stages: stageTable, lanes: laneTable, notes: noteTable, emotions: emotionTable, personas } = view;
  // selectBoard reads only these three tables: recompute when one of them changes.
  const records = useMemo(() => selectBoard(view, boardId), [stageTable, laneTable, noteTable, boardId]);
  const layout = useMemo(() => layoutBoard(records.stages, records.lanes, records.notes), [records]);
  const curves = useMemo(
    () => curvesOf(Object.values(emotionTable).filter((e) => e.boardId === boardId), personas),
    [emotionTable, personas, boardId],
  );

  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [viewport, setViewportState] = useState<Viewport | null>(() => viewports.get(boardId) ?? null);
  const setViewport = useCallback(
    (next: Viewport) => {
      viewports.set(boardId, next);
      setViewportState(next);
    },
    [boardId],
  );

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    setViewportState(viewports.get(boardId) ?? null);
  }, [boardId]);

  const vp = viewport ?? (size.width ? initialViewport(layout, size.width) : { x: 16, y: 16, scale: 1 });

  useEffect(() => {
    app.debugBoard = { layout, viewport: vp, container: containerRef.current };
  });

  const onWheel = useCallback(
    (event: KonvaEventObject<WheelEvent>) => {
      event.evt.preventDefault();
      const e = event.evt;
      if (e.ctrlKey || e.metaKey) {
        const pointer = stageRef.current?.getPointerPosition() ?? { x: size.width / 2, y: size.height / 2 };
        const factor = Math.exp(-e.deltaY * 0.002);
        const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, vp.scale * factor));
        const bx = (pointer.x - vp.x) / vp.scale;
        const by = (pointer.y - vp.y) / vp.scale;
        setViewport({ scale, x: pointer.x - bx * scale, y: pointer.y - by * scale });
      } else {
        setViewport({ ...vp, x: vp.x - (e.shiftKey ? e.deltaY : e.deltaX), y: vp.y - (e.shiftKey ? 0 : e.deltaY) });
      }
    },
    [vp, size, setViewport],
  );

  const boardPoint = () => {
    const pointer = stageRef.current?.getPointerPosition();
    return pointer ? { x: (pointer.x - vp.x) / vp.scale, y: (pointer.y - vp.y) / vp.scale } : null;
  };

  const onStageClick = (event: KonvaEventObject<MouseEvent | TouchEvent>) => {
    if (event.evt instanceof MouseEvent && event.evt.button !== 0) return;
    const point = boardPoint();
    const cell = point ? cellAt(layout, point) : null;
    app.store.set({ selectedNoteIds: [], selectedCell: cell, editingNoteId: null });
  };

  const onStageDblClick = () => {
    const point = boardPoint();
    const cell = point ? cellAt(layout, point) : null;
    if (cell) addNoteAndEdit(app, { boardId, ...cell });
  };

  const onSelect = useCallback(
    (id: string, additive: boolean) => {
      const current = app.state.selectedNoteIds;
      const next = additive ? (current.includes(id) ? current.filter((n) => n !== id) : [...current, id]) : [id];
      app.store.set({ selectedNoteIds: next, selectedCell: null, editingNoteId: null });
    },
    [app],
  );
  const onOpen = useCallback((id: string) => app.store.set({ selectedNoteIds: [id], selectedCell: null, editingNoteId: id }), [app]);

  // Only the notes in view become React elements at all (DESIGN.md, "Rendering").
  const visible = useMemo(() => {
    const left = -vp.x / vp.scale - CULL_MARGIN;
    const top = -vp.y / vp.scale - CULL_MARGIN;
    const right = left + size.width / vp.scale + 2 * CULL_MARGIN;
    const bottom = top + size.height / vp.scale + 2 * CULL_MARGIN;
    return records.notes.filter((note) => {
      const box = layout.notes.get(note.id);
      return box && box.x < right && box.x + box.width > left && box.y < bottom && box.y + box.height > top;
    });
  }, [records.notes, layout, vp, size]);

  const selected = new Set(state.selectedNoteIds);
  const t = app.t.bind(app);
  const selectedCellBox = (() => {
    const cell = state.selectedCell;
    if (!cell) return null;
    const stage = layout.stages.find((s) => s.id === cell.stageId);
    const lane = layout.lanes.find((l) => l.id === cell.laneId);
    return stage && lane ? { x: stage.x, y: lane.y, width: stage.width, height: lane.height } : null;
  })();
  const editingNote = state.editingNoteId ? noteTable[state.editingNoteId] : undefined;
  const editingBox = editingNote ? layout.notes.get(editingNote.id) : undefined;

  return (
    <div className="board-canvas" ref={containerRef} data-testid="board-canvas">
      {size.width > 0 && (
        <Stage
          ref={stageRef}
          width={size.width}
          height={size.height}
          x={vp.x}
          y={vp.y}
          scaleX={vp.scale}
          scaleY={vp.scale}
          onWheel={onWheel}
          onClick={onStageClick}
          onTap={onStageClick}
          onDblClick={onStageDblClick}
          onDblTap={onStageDblClick}
        >
          <Layer listening={false}>
            <BoardBackground layout={layout} curves={curves} />
            {selectedCellBox && (
              <Rect {...selectedCellBox} stroke={COLORS.selection} strokeWidth={2} dash={[8, 6]} listening={false} />
            )}
          </Layer>
          <Layer>
            {visible.map((note) => {
              const box = layout.notes.get(note.id)!;
              return (
                <NoteShape
                  key={note.id}
                  note={note}
                  x={box.x}
                  y={box.y}
                  width={box.width}
                  height={box.height}
                  footer={noteFooter(note, t)}
                  selected={selected.has(note.id)}
                  editing={note.id === state.editingNoteId}
                  onSelect={onSelect}
                  onOpen={onOpen}
                />
              );
            })}
          </Layer>
        </Stage>
      )}
      {editingNote && editingBox && <NoteEditor app={app} note={editingNote} box={editingBox} viewport={vp} />}
      <BoardOutline app={app} records={records} />
    </div>
  );
}
