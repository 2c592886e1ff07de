/** The clinical model: pure TypeScript shared by server, web and CLI. */
export * from './measurement.js';
export * from './criterion.js';
export * from './roles.js';
export * from './notes.js';
export * from './progress/index.js';
export * from './content.js';
export * from './nicu.js';
export * from './assessment-score.js';
