export { run, contextFrom } from './run.js';
export { toInput, type CapacityInput } from './input.js';
export { capacityCommand, type CapacityArgs } from './cli.js';
export { renderCalendar, chooseBucketHours } from './calendar-view.js';
export { whereFirst, type WhereQuestion } from './where-first.js';
export { readFlavors, type FlavorEntry } from './flavor-capacity.js';
