// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * @packageDocumentation
 * @module application
 */

export { ConnectionLost } from './connectionlost';
export * from './connectionstatus';
export {
  JupyterFrontEnd,
  JupyterFrontEndContextMenu,
  JupyterFrontEndPlugin
} from './frontend';
export { JupyterLab } from './lab';
export { ILayoutRestorer, LayoutRestorer } from './layoutrestorer';
export {
  createRendermimePlugin,
  createRendermimePlugins,
  IMimeDocumentTracker
} from './mimerenderers';
export { Router } from './router';
export { ILabShell, LabShell } from './shell';
export * from './status';
export * from './tokens';
export { ITreePathUpdater } from './treepathupdater';
export * from './utils';
