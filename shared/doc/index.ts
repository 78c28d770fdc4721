export * from './origins';
export * from './ydoc';
export * from './commands';
export * from './undo';
export * from './view-store';
export * from './board-commands';
export * from './persona-commands';
export * from './clipboard-notes';
