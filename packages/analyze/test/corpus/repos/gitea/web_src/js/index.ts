import '../fomantic/build/fomantic.js';
import '../css/index.css';

import {initDashboardRepoList} from './features/dashboard.ts';
import {initGlobalCopyToClipboardListener} from './features/clipboard.ts';
import {initRepoGraphGit} from './features/repo-graph.ts';
import {initHeatmap} from './features/heatmap.ts';
import {initImageDiff} from './features/imagediff.ts';
import {initRepoMigration} from './features/repo-migration.ts';
import {initTableSort} from './features/tablesort.ts';
import {initMarkupContent} from './markup/content.ts';
import {initRepoDiffView} from './features/repo-diff.ts';
import {initRepoEditor} from './features/repo-editor.ts';
import {initGlobalTooltips} from './modules/tippy.ts';
import {initGiteaFomantic} from './modules/fomantic.ts';
import {initGlobalSelectorObserver} from './modules/observer.ts';
import {callInitFunctions} from './modules/init.ts';

const initStartTime = performance.now();
const initPerformanceTracer = callInitFunctions([
  initGiteaFomantic,

  initGlobalTooltips,
  initGlobalCopyToClipboardListener,

  initHeatmap,
  initImageDiff,
  initMarkupContent,
  initTableSort,

  initDashboardRepoList,

  initRepoEditor,
  initRepoGraphGit,
  initRepoMigration,
  initRepoDiffView,
]);

// it must be the last one, then the "querySelectorAll" only needs to be executed once for global init functions.
initGlobalSelectorObserver(initPerformanceTracer);
if (initPerformanceTracer) initPerformanceTracer.printResults();

const initDur = performance.now() - initStartTime;
if (initDur > 500) {
  console.error(`slow init functions took ${initDur.toFixed(3)}ms`);
}

window.config.frontendInited = true;
