/** Reports: models and narrative templates, pure. The server loads the data and renders HTML and PDF. */
export * from './words.js';
export * from './inputs.js';
export * from './facts.js';
export * from './iep.js';
export * from './narrative.js';
export * from './identity.js';
export * from './authorship.js';
export * from './levels.js';
export * from './population.js';
export * from './aftercare.js';
export * from './chart-spec.js';
export * from './progress-report.js';
export * from './iep-report.js';
export * from './discharge.js';
export * from './outcomes-report.js';
