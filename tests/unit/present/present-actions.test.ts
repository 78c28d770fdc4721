import { describe, expect, it } from 'vitest';
import { menuSpec } from '../../../renderer/src/actions/menu';
import { ACTIONS } from '../../../renderer/src/actions/registry';
import { actionForKey } from '../../../renderer/src/actions/shortcuts';
import { PRESENT, startPresenting, stopPresenting } from '../../../renderer/src/present/state';
import { INSIGHTS } from '../../../renderer/src/insights/state';
import { SELECTION } from '../../../renderer/src/editor/slices';
import { sampleWorkspace } from '../../../shared/model';
import { editorSetup, gridOf, NOW } from '../renderer/setup';

const press = (key: string, shiftKey = false) => ({ key, ctrlKey: false, metaKey: false, shiftKey, altKey: false });

describe('presentation actions', () => {
  it('View lists Present, Present the whole journey and Insights; F5 and Shift+F5 start them', () => {
    const { editor } = editorSetup({ snapshot: sampleWorkspace('en', NOW) });
    const view = menuSpec(editor).find((s) => s.id === 'view')!;
    const labels = view.items.flatMap((i) => (i ? [i.label] : []));
    expect(labels).toEqual(expect.arrayContaining(['Present', 'Present the whole journey', 'Insights']));
    expect(actionForKey(ACTIONS, press('F5'), 'web')?.id).toBe('present');
    expect(actionForKey(ACTIONS, press('F5', true), 'web')?.id).toBe('presentWhole');
    // Not presenting, the arrows and Escape stay the board's.
    expect(actionForKey(ACTIONS, press('ArrowRight'), 'web')?.id).toBe('select:right');
    expect(actionForKey(ACTIONS, press('Escape'), 'web')?.id).toBe('clearSelection');
  });

  it('present starts at the selected note’s stage, steps with the clicker keys, goes full screen and back', () => {
    const { editor, fake } = editorSetup({ snapshot: sampleWorkspace('en', NOW) });
    const { stages } = gridOf(editor);
    const note = Object.values(editor.view().notes).find((n) => n.stageId === stages[2]!.id)!;
    editor.select([note.id]);
    void editor.actions.get('present').run(editor);
    expect(editor.get(PRESENT)).toMatchObject({ mode: 'presenting', stageId: stages[2]!.id });
    expect(fake.fullScreen).toEqual([true]);
    expect(editor.actions.get('present').enabled(editor)).toBe(false);
    expect(editor.actions.get('insights').enabled(editor)).toBe(false);
    void editor.actions.get('presentNext').run(editor);
    void editor.actions.get('presentNext').run(editor);
    void editor.actions.get('presentNext').run(editor);
    expect(editor.get(PRESENT).stageId).toBe(stages[4]!.id);
    void editor.actions.get('presentOverview').run(editor);
    expect(editor.get(PRESENT).stageId).toBeNull();
    void editor.actions.get('presentOverview').run(editor);
    expect(editor.get(PRESENT).stageId).toBe(stages[4]!.id);
    for (let i = 0; i < 7; i++) void editor.actions.get('presentPrev').run(editor);
    expect(editor.get(PRESENT).stageId).toBeNull();
    // Electron's "left full screen" command arrives as presentStop.
    void editor.actions.get('presentStop').run(editor);
    expect(editor.get(PRESENT).mode).toBe('off');
    expect(fake.fullScreen).toEqual([true, false]);
    stopPresenting(editor); // twice is nothing
    expect(fake.fullScreen).toEqual([true, false]);
  });

  it('a persona board is not presented; Insights opens and closes its panel', () => {
    const { editor } = editorSetup({ snapshot: sampleWorkspace('en', NOW) });
    const personaBoard = Object.values(editor.view().boards).find((b) => b.kind === 'persona')!;
    const journeyId = editor.selection.activeBoardId;
    editor.update(SELECTION, { activeBoardId: personaBoard.id });
    startPresenting(editor, false);
    expect(editor.get(PRESENT).mode).toBe('off');
    editor.update(SELECTION, { activeBoardId: journeyId });
    startPresenting(editor, true);
    expect(editor.get(PRESENT)).toMatchObject({ mode: 'presenting', stageId: null });
    stopPresenting(editor);
    void editor.actions.get('insights').run(editor);
    expect(editor.get(INSIGHTS).open).toBe(true);
    void editor.actions.get('insights').run(editor);
    expect(editor.get(INSIGHTS).open).toBe(false);
  });
});
