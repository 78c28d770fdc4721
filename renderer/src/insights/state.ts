/**
 * Journey insights' local state: whether View ▸ Insights is open (the side panel, the gap
 * markers on the stage headers). The computation itself is shared/insights.
 */
import type { VoteCount } from '../../../shared/insights/insights';
import { voteResults as revealedVotes } from '../../../shared/facilitation/voting';
import type { Editor } from '../editor/editor';
import { defineSlice } from '../editor/store';

export interface InsightsState {
  readonly open: boolean;
}
export const INSIGHTS = defineSlice<InsightsState>('insights', () => ({ open: false }));

export function toggleInsights(editor: Editor): void {
  editor.update(INSIGHTS, (s) => ({ open: !s.open }));
}

/**
 * Where the panel's "vote results" come from: the facilitator's revealed voting round. Until
 * dot voting is in the app nothing is registered and the section says there are no results;
 * the voting module calls this with its results selector.
 */
type VoteSource = (editor: Editor, boardId: string) => readonly VoteCount[];
let voteSource: VoteSource | null = null;
export function registerVoteResults(source: VoteSource): void {
  voteSource = source;
}
export function voteResults(editor: Editor, boardId: string): readonly VoteCount[] {
  if (voteSource) return voteSource(editor, boardId);
  // The facilitator's last revealed vote (shared/facilitation), this board's notes.
  return (revealedVotes(editor.doc)?.ranking ?? []).filter((r) => r.boardId === boardId).map((r) => ({ noteId: r.noteId, count: r.count }));
}
