import { createElement, type FunctionComponent } from 'react';
import Reconciler from 'react-reconciler';
import { DefaultEventPriority } from 'react-reconciler/constants';

/**
 * A renderer for React components in plain Node: components run, hooks subscribe and
 * re-render as in the app, nothing is drawn. Enough to count renders of views over the editor.
 * (react-reconciler is what react-konva renders with; this host has no elements at all.)
 */
let priority: number = DefaultEventPriority;
const noop = () => undefined;

const reconciler = Reconciler({
  supportsMutation: true,
  supportsPersistence: false,
  supportsHydration: false,
  isPrimaryRenderer: false,
  noTimeout: -1,
  scheduleTimeout: setTimeout,
  cancelTimeout: clearTimeout,
  supportsMicrotasks: true,
  scheduleMicrotask: queueMicrotask,
  getRootHostContext: () => ({}),
  getChildHostContext: (parent: object) => parent,
  prepareForCommit: () => null,
  resetAfterCommit: noop,
  preparePortalMount: noop,
  getPublicInstance: (instance: unknown) => instance,
  shouldSetTextContent: () => false,
  createInstance: (type: string) => ({ type }),
  createTextInstance: (text: string) => ({ text }),
  appendInitialChild: noop,
  appendChild: noop,
  appendChildToContainer: noop,
  insertBefore: noop,
  insertInContainerBefore: noop,
  removeChild: noop,
  removeChildFromContainer: noop,
  finalizeInitialChildren: () => false,
  commitUpdate: noop,
  commitTextUpdate: noop,
  clearContainer: noop,
  detachDeletedInstance: noop,
  hideInstance: noop,
  unhideInstance: noop,
  hideTextInstance: noop,
  unhideTextInstance: noop,
  getInstanceFromNode: () => null,
  beforeActiveInstanceBlur: noop,
  afterActiveInstanceBlur: noop,
  prepareScopeUpdate: noop,
  getInstanceFromScope: () => null,
  setCurrentUpdatePriority: (next: number) => {
    priority = next;
  },
  getCurrentUpdatePriority: () => priority,
  resolveUpdatePriority: () => priority || DefaultEventPriority,
  shouldAttemptEagerTransition: () => false,
  trackSchedulerEvent: noop,
  resolveEventType: () => null,
  resolveEventTimeStamp: () => -1.1,
  requestPostPaintCallback: noop,
  maySuspendCommit: () => false,
  maySuspendCommitOnUpdate: () => false,
  maySuspendCommitInSyncRender: () => false,
  preloadInstance: () => true,
  startSuspendingCommit: noop,
  suspendInstance: noop,
  waitForCommitToBeReady: () => null,
  NotPendingTransition: null,
  HostTransitionContext: { $$typeof: Symbol.for('react.context'), _currentValue: null, _currentValue2: null },
  resetFormInstance: noop,
  bindToConsole: (method: 'log', args: unknown[]) => console[method].bind(console, ...args),
} as never);

/** Render `Component` with `props`; `flush` waits until React has committed pending updates. */
export function render<P extends object>(Component: FunctionComponent<P>, props: P) {
  // A concurrent root, as react-dom's createRoot makes.
  const root = (reconciler.createContainer as (...args: unknown[]) => ReturnType<typeof reconciler.createContainer>)({}, 1, null, false, null, '', console.error, console.error, console.error, noop);
  const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  reconciler.updateContainerSync(createElement(Component, props), root, null, null);
  reconciler.flushSyncWork();
  return {
    flush,
    /** Apply a change and let React render what it causes. */
    async act(change: () => void) {
      change();
      reconciler.flushSyncWork();
      await flush();
      reconciler.flushSyncWork();
    },
    unmount() {
      reconciler.updateContainerSync(null, root, null, null);
      reconciler.flushSyncWork();
    },
  };
}
