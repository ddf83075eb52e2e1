/** What the api's main thread and its worker thread say to each other. */
export const WORKER_READY = 'worker-ready';
export const WORKER_STOP = 'worker-stop';

export interface WorkerThreadData {
  databaseUrl: string;
}
