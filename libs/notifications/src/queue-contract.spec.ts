import { loadConfig } from '@app/config';
import { jobShape } from './queue-contract.js';

const shape = (env: Record<string, string> = {}) => jobShape(loadConfig(env));

describe('rows per queue job', () => {
  it('puts several rows in a job, with jobs and the limiter scaled so messages stay within both settings', () => {
    expect(shape({ QUEUE_CONCURRENCY: '50', MAIL_RATE_PER_MINUTE: '6000' })).toEqual({ rowsPerJob: 10, concurrency: 5, limiterMax: 600 });
    // Several jobs in flight even with little concurrency: a job's rows finish together.
    expect(shape({ QUEUE_CONCURRENCY: '10', MAIL_RATE_PER_MINUTE: '600' })).toEqual({ rowsPerJob: 2, concurrency: 5, limiterMax: 300 });
  });

  it('never lets a job carry more rows than may be sent in a minute or at once', () => {
    expect(shape({ QUEUE_CONCURRENCY: '50', MAIL_RATE_PER_MINUTE: '3' })).toEqual({ rowsPerJob: 3, concurrency: 16, limiterMax: 1 });
    expect(shape({ QUEUE_CONCURRENCY: '1', MAIL_RATE_PER_MINUTE: '600' })).toEqual({ rowsPerJob: 1, concurrency: 1, limiterMax: 600 });
  });
});
