import { describeError } from './describe-error.js';

describe('describeError', () => {
  it('names a rejection without a reason instead of printing "undefined"', () => {
    expect(describeError(undefined)).toBe('failed without a reason (undefined)');
  });

  it('shows the fields of a plain object and the messages inside an AggregateError', () => {
    expect(describeError({ code: 'ECONNREFUSED', port: 5432 })).toBe("{ code: 'ECONNREFUSED', port: 5432 }");
    const aggregate = new AggregateError([new Error('connect ECONNREFUSED ::1:5432'), new Error('connect ECONNREFUSED 127.0.0.1:5432')]);
    expect(describeError(aggregate)).toContain('\n  Error: connect ECONNREFUSED 127.0.0.1:5432');
  });
});
