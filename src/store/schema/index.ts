export * from './auth.js';
export * from './catalog.js';
export * from './delivery.js';
export * from './ledger.js';
export * from './moderation.js';
export * from './detection.js';
export * from './complaints.js';
export * from './enforcement.js';
