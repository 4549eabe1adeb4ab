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
