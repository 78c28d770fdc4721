import { describe, expect, it } from 'vitest';
import { addPersonaBoard, addJourneyBoard, readSnapshot, renameBoard } from '../../../shared/doc';
import { renameLane, renameStage } from '../../../shared/doc';
import { retitleTemplateNames } from '../../../shared/doc/template-names';
import { byOrder } from '../../../shared/model';
import { loadedDoc, tickingClock } from './helpers';

const PERSONA_BOARD = { en: 'Persona board', id: 'Papan persona', ru: 'Доска персон' };

/** The first-hour issue: switching the language left the template's names in the old one. */
describe('template names follow the UI language until someone edits them', () => {
  it('en → ru → id: stages, lanes, boards and the workspace title follow; typed names stay', () => {
    const doc = loadedDoc();
    const clock = tickingClock();
    addPersonaBoard(doc, 'Persona board', clock);
    addJourneyBoard(doc, 'buying3', 'en', clock);
    let snap = readSnapshot(doc)!;
    const stages = [...snap.stages].sort(byOrder);
    renameStage(doc, stages.find((s) => s.title === 'Purchase')!.id, 'Checkout', clock);
    renameLane(doc, snap.lanes.find((l) => l.kind === 'kpis')!.id, 'Our numbers', clock);
    const journey = snap.boards.find((b) => b.title === 'Buying process')!;
    renameBoard(doc, journey.id, 'Shop journey', clock);

    expect(retitleTemplateNames(doc, 'ru', PERSONA_BOARD, clock)).toBeGreaterThan(20);
    snap = readSnapshot(doc)!;
    const titles = (c: 'stages' | 'lanes' | 'boards') => new Set(snap[c].map((r) => r.title));
    expect(titles('stages')).toEqual(new Set(['Осведомленность', 'Рассмотрение', 'Checkout', 'Удержание', 'Адвокация', 'Решение']));
    expect(titles('lanes')).toContain('Болевые точки');
    expect(titles('lanes')).toContain('Our numbers');
    expect(titles('lanes')).not.toContain('Pain points');
    expect(titles('boards')).toEqual(new Set(['Сквозной путь клиента', 'Доска персон', 'Shop journey']));
    expect(snap.workspace.title).toBe('Без названия');

    retitleTemplateNames(doc, 'id', PERSONA_BOARD, clock);
    snap = readSnapshot(doc)!;
    expect(new Set(snap.stages.map((s) => s.title))).toEqual(new Set(['Kesadaran', 'Pertimbangan', 'Checkout', 'Retensi', 'Advokasi', 'Keputusan']));
    expect(new Set(snap.boards.map((b) => b.title))).toEqual(new Set(['Perjalanan end-to-end', 'Papan persona', 'Shop journey']));
    expect(snap.lanes.find((l) => l.kind === 'kpis' && l.title !== 'KPI')?.title).toBe('Our numbers');
    expect(snap.workspace.title).toBe('Ruang kerja tanpa judul');
  });

  it('nothing to change writes nothing (no update for peers, no undo step)', () => {
    const doc = loadedDoc();
    const clock = tickingClock();
    retitleTemplateNames(doc, 'ru', PERSONA_BOARD, clock);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(retitleTemplateNames(doc, 'ru', PERSONA_BOARD, clock)).toBe(0);
    expect(updates).toBe(0);
  });
});
