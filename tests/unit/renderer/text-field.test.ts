import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPersona } from '../../../shared/doc';
import { anchorSelection, readTextField, resolveSelection, writeTextField } from '../../../shared/doc/text-fields';
import type { Editor } from '../../../renderer/src/editor/editor';
import { useView } from '../../../renderer/src/editor/hooks';
import { useTextField, type TextFieldBindings } from '../../../renderer/src/editor/text-field';
import { render } from './render';
import { editorSetup } from './setup';

/** A peer: a second doc that syncs with the editor's both ways, as y-webrtc would. */
function peerOf(editor: Editor) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(editor.doc));
  const toEditor = (update: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(editor.doc, update, 'sync');
  const toPeer = (update: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(peer, update, 'sync');
  peer.on('update', toEditor);
  editor.doc.on('update', toPeer);
  return peer;
}

/** A persona's name as a peer's doc holds it (tests reach into Yjs; the renderer never does). */
function peerText(doc: Y.Doc, personaId: string): Y.Text {
  return (doc.getMap('personas').get(personaId) as Y.Map<unknown>).get('name') as Y.Text;
}

/** A stand-in for an <input>: value, selection, focus. */
function fakeInput(value: string) {
  const element = {
    value,
    selectionStart: 0,
    selectionEnd: 0,
    setSelectionRange(start: number, end: number) {
      element.selectionStart = start;
      element.selectionEnd = end;
    },
    select() {
      element.setSelectionRange(0, element.value.length);
    },
    blur() {},
  };
  return element;
}

const globals = globalThis as unknown as { document?: { activeElement: unknown } };
afterEach(() => {
  delete globals.document;
});

describe('collaborative text fields', () => {
  it('shared/doc: a selection anchored to characters moves with a peer typing before it', () => {
    const { editor } = editorSetup();
    const id = editor.edit(() => addPersona(editor.doc, 'Tim'));
    const field = { collection: 'personas', id, field: 'name' } as const;
    const anchor = anchorSelection(editor.doc, field, 3, 3)!;
    peerText(peerOf(editor), id).insert(0, 'Tech ');
    expect(readTextField(editor.doc, field)).toBe('Tech Tim');
    expect(resolveSelection(editor.doc, anchor)).toEqual({ start: 8, end: 8 });
  });

  it('shared/doc: typing is written as a minimal diff, so a peer’s characters elsewhere survive, and made well-formed', () => {
    const { editor } = editorSetup();
    const id = editor.edit(() => addPersona(editor.doc, 'Tim'));
    const field = { collection: 'personas', id, field: 'name' } as const;
    // Both type at once, each into their own copy, then the updates cross.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(editor.doc));
    peerText(offline, id).insert(0, 'Dr ');
    writeTextField(editor.doc, field, 'Tim!\uD800');
    Y.applyUpdate(editor.doc, Y.encodeStateAsUpdate(offline));
    expect(readTextField(editor.doc, field)).toBe('Dr Tim!\uFFFD');
  });

  it('the hook: a peer typing before the caret does not move it off our text; the whole edit is one undo step', async () => {
    const { editor } = editorSetup();
    const id = editor.edit(() => addPersona(editor.doc, 'Tim'));
    const input = fakeInput('Tim');
    globals.document = { activeElement: input };
    let field!: TextFieldBindings<HTMLInputElement>;
    function Probe() {
      const view = useView(editor);
      field = useTextField<HTMLInputElement>({ mode: 'live', editor, field: { collection: 'personas', id, field: 'name' }, value: view.personas[id]!.name });
      (field.ref as { current: unknown }).current = input;
      return null;
    }
    const r = render(Probe, {});
    const target = { currentTarget: input as unknown as HTMLInputElement };
    field.onFocus(target);
    // We type " Tan" at the end, caret after it.
    for (const text of ['Tim ', 'Tim T', 'Tim Ta', 'Tim Tan']) {
      input.value = text;
      input.setSelectionRange(text.length, text.length);
      await r.act(() => field.onChange(target));
    }
    // A peer types at the start while our caret is at the end.
    const peer = peerOf(editor);
    await r.act(() => peerText(peer, id).insert(0, 'Dr '));
    expect(input.value).toBe('Dr Tim Tan');
    expect([input.selectionStart, input.selectionEnd]).toEqual([10, 10]);
    field.onBlur(target);
    editor.undo();
    expect(editor.view().personas[id]!.name).toBe('Dr Tim'); // our typing undone as one step, theirs kept
    await r.act(() => undefined);
    expect(input.value).toBe('Dr Tim');
    r.unmount();
  });

  it('the hook in commit mode writes once, trimmed and well-formed, and Escape keeps the old text', () => {
    const committed: string[] = [];
    let ends = 0;
    let field!: TextFieldBindings<HTMLInputElement>;
    function Probe() {
      field = useTextField<HTMLInputElement>({ mode: 'commit', initial: 'Awareness', onCommit: (t) => committed.push(t), onEnd: () => ends++ });
      return null;
    }
    const r = render(Probe, {});
    const input = fakeInput('  Discovery\uDC00 ');
    const target = { currentTarget: input as unknown as HTMLInputElement };
    field.onKeyDown({ key: 'Enter', ctrlKey: false, metaKey: false, currentTarget: input, stopPropagation() {}, preventDefault() {} } as never);
    field.onBlur(target); // the blur that follows does not commit twice
    expect(committed).toEqual(['Discovery\uFFFD']);
    expect(ends).toBe(1);
    r.unmount();

    const again = render(Probe, {});
    field.onKeyDown({ key: 'Escape', ctrlKey: false, metaKey: false, currentTarget: input, stopPropagation() {}, preventDefault() {} } as never);
    expect(committed).toEqual(['Discovery\uFFFD']);
    again.unmount();
  });
});
