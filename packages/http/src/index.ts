export * from './app.js';
export * from './composition-root.js';
export * from './config/config.js';
export * from './config/load-config.js';
