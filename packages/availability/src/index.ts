export {
  parseFilter,
  matches,
  nodeTypeFilter,
  filterKeys,
  pinnedNodeType,
  hostFilter,
  type Filter,
  type Comparison,
  type HostFilter,
} from './filter.js';
export { mergeIntervals, candidates, isFree, freeIn, type CalendarHost, type Interval } from './calendar.js';
export { earliestWindow, freeStarts, type EarliestQuery, type EarliestWindow } from './earliest.js';
export { timeline, type Timeline } from './timeline.js';
export { gpuMemoryGb, describeGpu, type GpuMemoryRange } from './gpu-memory.js';
export {
  hardwareOf,
  judgeHardware,
  hasHardwareFilter,
  describeHardwareFilter,
  NO_HARDWARE_FILTER,
  type HardwareFilter,
  type NodeHardware,
  type NodeGpu,
  type NodeRecord,
  type Verdict,
} from './hardware.js';
