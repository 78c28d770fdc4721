import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { collectionMap } from '../../../shared/doc/ydoc';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins';
import {
  addTime,
  castBallot,
  claimFacilitation,
  endRound,
  facilitationMap,
  handOver,
  inboxKeys,
  newRoundKeys,
  openOwnBallot,
  pauseTimer,
  proxyVoterKey,
  readFacilitation,
  resumeTimer,
  revealPrivateRound,
  revealRound,
  sealBallot,
  setAnonymous,
  setLock,
  startPrivateRound,
  startRound,
  startTimer,
  stopTimer,
  timerView,
  voteResultsFrom,
  type Actor,
  type FacilitationState,
  type LockLevel,
  type NoteLookup,
  type Outcome,
  type RoundSettings,
  type TimerView,
  type VoteResults,
} from '../../../shared/facilitation';
import { message } from '../../../shared/i18n';
import { REFUSAL_KEYS } from './messages';
import { collabFor } from '../collab/manager';
import type { Editor } from '../editor/editor';
import { DOCUMENT } from '../editor/slices';
import { defineSlice } from '../editor/store';
import { heldRoundKey, keyToHandOver, loadIdentity, storeRoundKey, type ParticipantIdentity } from './identity';
import { clockEstimate, readClock } from './clock';

/** Origin of the author stamps facilitation adds to new notes: never undoable on its own. */
export const STAMP_ORIGIN = Symbol('journey.facilitation.stamp');

export interface Person {
  id: string;
  name: string;
  /** Their inbox public key (a hand-over seals the open round's key to it). */
  inbox?: string;
}

export interface FacilitationUi {
  state: FacilitationState;
  me: string;
  /** No live session: the local user facilitates. */
  solo: boolean;
  amFacilitator: boolean;
  /** Per participant id: their clock minus this one (from awareness). */
  offsets: Readonly<Record<string, number>>;
  /** Other participants present now, with their participant ids. */
  people: readonly Person[];
  /** The dots of whoever is voting here now (this participant, or the named person). */
  dots: readonly string[];
  /** The facilitator records dots for this named person (shared screen), or null. */
  proxyName: string | null;
  results: VoteResults | null;
  /** This machine holds the open round's private key (it can reveal). */
  holdsRoundKey: boolean;
  sound: boolean;
  panelOpen: boolean;
}

export const FACILITATION_UI = defineSlice<FacilitationUi>('facilitation', () => ({
  state: { facilitator: null, timer: null, round: null, ballots: new Map(), privateRound: null, locks: {}, anonymous: false },
  me: '',
  solo: true,
  amFacilitator: true,
  offsets: {},
  people: [],
  dots: [],
  proxyName: null,
  results: null,
  holdsRoundKey: false,
  sound: false,
  panelOpen: false,
}));

const SOUND_KEY = 'journey.facilitation.sound';
const CLOCK_PUBLISH_MS = 2000;

/**
 * The facilitation tools of one window: who this participant is, its clock offsets to the
 * others (awareness), the doc's facilitation state as this participant sees it, and the verbs
 * (each a shared/facilitation command run through `editor.edit`; refusals become a notice).
 */
export class Facilitation {
  readonly identity: ParticipantIdentity;
  /** This participant's inbox public key, published in awareness (keys.ts). */
  private readonly inbox: string;
  private doc: Y.Doc | null = null;
  private offDoc: () => void = () => undefined;
  private awareness: Awareness | null = null;
  private lastClocks = new Map<number, number>();
  /** Recent offset samples per participant: the largest is the one that travelled fastest. */
  private samples = new Map<string, number[]>();
  private lastPublish = 0;
  private wasHost = false;
  private opened = new Map<string, string[] | null>();

  constructor(readonly app: Editor) {
    this.identity = loadIdentity(app.preferences);
    this.inbox = inboxKeys(this.identity.secret).publicKey;
    app.slices.replace(FACILITATION_UI, { ...app.get(FACILITATION_UI), me: this.identity.id, sound: app.preferences.get(SOUND_KEY) === 'on' });
    this.bind();
    app.slices.slice(DOCUMENT).subscribe(() => this.bind());
    const collab = collabFor(app);
    collab.store.subscribe(() => this.onSession());
    setInterval(() => this.tick(), 500);
    this.onSession();
  }

  get ui(): FacilitationUi {
    return this.app.get(FACILITATION_UI);
  }

  actor(): Actor {
    return { id: this.identity.id, name: collabFor(this.app).state.user.name };
  }

  offsetTo(participantId: string): number {
    return participantId === this.identity.id ? 0 : (this.ui.offsets[participantId] ?? 0);
  }

  timer(now = Date.now()): TimerView | null {
    const { timer } = this.ui.state;
    return timer ? timerView(timer, now, this.offsetTo(timer.by)) : null;
  }

  // ── Doc binding ──

  private bind(): void {
    const doc = this.app.doc;
    if (doc === this.doc) return;
    this.offDoc();
    this.doc = doc;
    this.opened.clear();
    const map = facilitationMap(doc);
    const notes = collectionMap(doc, 'notes');
    const onMap = () => this.refresh();
    const onNotes = (event: Y.YMapEvent<Y.Map<unknown>>) => this.stampNewNotes(doc, event);
    const offView = this.app.session.view.subscribe(() => {
      if (this.ui.state.round?.state === 'revealed') this.refresh();
    });
    map.observe(onMap);
    notes.observe(onNotes);
    this.offDoc = () => {
      map.unobserve(onMap);
      notes.unobserve(onNotes);
      offView();
    };
    this.refresh();
  }

  /** Notes this participant adds carry its participant id, and the open private round's id. */
  private stampNewNotes(doc: Y.Doc, event: Y.YMapEvent<Y.Map<unknown>>): void {
    if (event.transaction.origin !== LOCAL_ORIGIN) return;
    const added = [...event.changes.keys].filter(([, change]) => change.action === 'add').map(([id]) => id);
    if (added.length === 0) return;
    const round = this.ui.state.privateRound;
    const notes = collectionMap(doc, 'notes');
    doc.transact(() => {
      for (const id of added) {
        const note = notes.get(id);
        if (!note) continue;
        if (note.get('authorId') !== this.identity.id) note.set('authorId', this.identity.id);
        if (round?.state === 'open') note.set('privateRound', round.id);
        else if (note.has('privateRound')) note.delete('privateRound');
      }
    }, STAMP_ORIGIN);
  }

  private lookup(): NoteLookup {
    const view = this.app.view();
    return (id) => {
      const note = view.notes[id];
      return note ? { note, laneKind: view.lanes[note.laneId]?.kind } : undefined;
    };
  }

  private refresh(): void {
    const doc = this.doc;
    if (!doc) return;
    const state = readFacilitation(doc);
    const { round } = state;
    const voterKey = this.voterKey(this.ui.proxyName);
    let dots: string[] = [];
    if (round) {
      const ballot = state.ballots.get(voterKey);
      if (ballot) {
        if (!this.opened.has(ballot.ct)) this.opened.set(ballot.ct, openOwnBallot(ballot, round, this.identity.secret, voterKey)?.notes ?? null);
        dots = this.opened.get(ballot.ct) ?? [];
      }
    }
    const solo = collabFor(this.app).state.phase === 'idle';
    this.app.update(FACILITATION_UI, {
      state,
      solo,
      amFacilitator: solo || state.facilitator?.id === this.identity.id,
      dots,
      results: voteResultsFrom(state, this.lookup()),
      holdsRoundKey: !!round && round.state === 'open' && heldRoundKey(this.app.preferences, this.identity, round) !== null,
    });
  }

  // ── Session and awareness ──

  private onSession(): void {
    const state = collabFor(this.app).state;
    const host = state.role === 'host';
    // Whoever hosts the room facilitates (they can hand it over).
    if (host && !this.wasHost) this.run((doc, actor) => claimFacilitation(doc, actor, true), false);
    this.wasHost = host;
    const solo = state.phase === 'idle';
    if (solo !== this.ui.solo) this.refresh();
    this.attachAwareness();
  }

  private attachAwareness(): void {
    const awareness = collabFor(this.app).awareness;
    if (awareness === this.awareness) return;
    this.awareness?.off('change', this.onAwareness);
    this.awareness = awareness;
    this.lastClocks.clear();
    this.samples.clear();
    this.lastPublish = 0;
    awareness?.on('change', this.onAwareness);
    this.app.update(FACILITATION_UI, { people: [], offsets: {} });
  }

  private tick(): void {
    this.attachAwareness();
    if (Date.now() - this.lastPublish >= CLOCK_PUBLISH_MS) this.publishClock();
  }

  private publishClock(): void {
    const awareness = this.awareness;
    if (!awareness?.getLocalState()) return;
    this.lastPublish = Date.now();
    awareness.setLocalStateField('facilitation', { id: this.identity.id, clock: this.lastPublish, inbox: this.inbox });
  }

  private onAwareness = (change?: { added: number[] }) => {
    const awareness = this.awareness;
    if (!awareness) return;
    // Someone arrived: what they received of us is a reading up to 2 s old; send a fresh one.
    if (change && change.added.length > 0) queueMicrotask(() => this.publishClock());
    const now = Date.now();
    const offsets: Record<string, number> = { ...this.ui.offsets };
    const people: Person[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const reading = readClock(state);
      if (!reading) continue;
      people.push({ id: reading.id, name: reading.name, ...(reading.inbox ? { inbox: reading.inbox } : {}) });
      // Only a new reading says what their clock shows now; a cursor move re-sends an old one.
      if (this.lastClocks.get(clientId) !== reading.clock) {
        this.lastClocks.set(clientId, reading.clock);
        offsets[reading.id] = clockEstimate(this.samples, reading.id, reading.clock - now);
      }
    }
    people.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    this.app.update(FACILITATION_UI, { offsets, people });
  };

  // ── Verbs ──

  /** Run a command as one edit; a refusal becomes a notice. In a solo workshop the local user takes the seat first. */
  run(command: (doc: Y.Doc, actor: Actor) => Outcome, asFacilitator = true): Outcome {
    const actor = this.actor();
    const outcome = this.app.edit(() => {
      if (asFacilitator && this.ui.solo && this.ui.state.facilitator?.id !== actor.id) claimFacilitation(this.app.doc, actor, true);
      return command(this.app.doc, actor);
    });
    if (!outcome.ok) this.refuse(outcome.reason);
    this.refresh();
    return outcome;
  }

  /** Say why something was refused (the status line, in the UI language). */
  refuse(reason: keyof typeof REFUSAL_KEYS): void {
    this.app.showStatus(message(REFUSAL_KEYS[reason]));
  }

  startTimer(durationMs: number): Outcome {
    return this.run((doc, actor) => startTimer(doc, actor, durationMs, Date.now()));
  }
  pauseTimer(): Outcome {
    return this.run((doc, actor) => pauseTimer(doc, actor, Date.now(), this.offsetTo(this.ui.state.timer?.by ?? actor.id)));
  }
  resumeTimer(): Outcome {
    return this.run((doc, actor) => resumeTimer(doc, actor, Date.now()));
  }
  addMinute(): Outcome {
    return this.run((doc, actor) => addTime(doc, actor, 60_000, Date.now(), this.offsetTo(this.ui.state.timer?.by ?? actor.id)));
  }
  stopTimer(): Outcome {
    return this.run((doc, actor) => stopTimer(doc, actor));
  }

  startRound(settings: RoundSettings): Outcome {
    const keys = newRoundKeys();
    const outcome = this.run((doc, actor) => startRound(doc, actor, settings, keys.publicKey));
    if (outcome.ok && outcome.value) {
      storeRoundKey(this.app.preferences, outcome.value, keys.privateKey);
      this.setProxy(null);
      this.refresh();
    }
    return outcome;
  }

  revealRound(): Outcome {
    const round = this.ui.state.round;
    const key = round ? heldRoundKey(this.app.preferences, this.identity, round) : null;
    return this.run((doc, actor) => revealRound(doc, actor, key ?? ''));
  }

  endRound(): Outcome {
    return this.run((doc, actor) => endRound(doc, actor));
  }

  private voterKey(proxyName: string | null): string {
    return proxyName ? proxyVoterKey(proxyName) : this.identity.id;
  }

  /** Record the facilitator's clicks as a named person's dots (null: one's own again). */
  setProxy(name: string | null): void {
    const clean = name?.trim().slice(0, 80) || null;
    this.app.update(FACILITATION_UI, { proxyName: clean });
    this.refresh();
  }

  /** Place or take back a dot of whoever votes here now on a note. */
  castDots(dots: readonly string[]): Outcome {
    const round = this.ui.state.round;
    if (!round) return this.run(() => ({ ok: false, reason: 'noRound' }), false);
    const proxy = this.ui.proxyName;
    const voterKey = this.voterKey(proxy);
    const ballot = sealBallot({ notes: [...dots], ...(proxy ? { name: proxy } : {}) }, round, this.identity.secret, voterKey);
    this.opened.set(ballot.ct, [...dots]);
    return this.run((doc, actor) => castBallot(doc, actor, round.id, voterKey, ballot), false);
  }

  setLock(boardId: string, level: LockLevel | null): Outcome {
    return this.run((doc, actor) => setLock(doc, actor, boardId, level));
  }
  startPrivateRound(): Outcome {
    return this.run((doc, actor) => startPrivateRound(doc, actor));
  }
  revealPrivateRound(): Outcome {
    return this.run((doc, actor) => revealPrivateRound(doc, actor));
  }
  setAnonymous(on: boolean): Outcome {
    return this.run((doc, actor) => setAnonymous(doc, actor, on));
  }
  handOver(to: Person): Outcome {
    const handed = keyToHandOver(this.app.preferences, this.identity, this.ui.state.round, this.ui.people.find((p) => p.id === to.id) ?? to);
    return this.run((doc, actor) => handOver(doc, actor, to, handed), false);
  }

  setSound(on: boolean): void {
    this.app.preferences.set(SOUND_KEY, on ? 'on' : 'off');
    this.app.update(FACILITATION_UI, { sound: on });
  }

  togglePanel(open = !this.ui.panelOpen): void {
    this.app.update(FACILITATION_UI, { panelOpen: open });
  }
}

const instances = new WeakMap<Editor, Facilitation>();

/** Whether this editor's facilitation was started (installFacilitation). */
export function hasFacilitation(app: Editor): boolean {
  return instances.has(app);
}

/** The window's facilitation tools (one per editor). */
export function facilitationFor(app: Editor): Facilitation {
  let f = instances.get(app);
  if (!f) instances.set(app, (f = new Facilitation(app)));
  return f;
}
