import { useSyncExternalStore } from 'react';
import type { AppController } from '../workspace/controller';
import { collabFor, type CollabState } from './manager';

export function useCollab(app: AppController): CollabState {
  const collab = collabFor(app);
  return useSyncExternalStore(collab.store.subscribe, collab.store.get);
}
