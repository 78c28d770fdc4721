import { useSyncExternalStore } from 'react';
import type { WorkspaceView } from '../../../shared/doc';
import type { AppController, AppState } from '../workspace/controller';

export function useAppState(app: AppController): AppState {
  return useSyncExternalStore(app.store.subscribe, app.store.get);
}

export function useView(app: AppController): WorkspaceView {
  const { session } = useAppState(app);
  return useSyncExternalStore(session.view.subscribe, session.view.getView);
}
