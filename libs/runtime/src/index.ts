export { NOTIFICATION_KINDS, WorkerModule } from './worker.module.js';
