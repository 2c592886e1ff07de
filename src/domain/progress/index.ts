/** Progress: session summaries, mastery, trend and phases, effect sizes, status and caseload outcomes. */
export * from './summary.js';
export * from './mastery.js';
export * from './trend.js';
export * from './effect-sizes.js';
export * from './baseline.js';
export * from './track.js';
export * from './status.js';
export * from './outcomes.js';
