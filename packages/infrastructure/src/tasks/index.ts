export * from './durable-task-queue.js';
export * from './task-source.js';
export * from './queue-probe.js';
