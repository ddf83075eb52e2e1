import { isPermanentMailError } from './mail-transport.js';

describe('isPermanentMailError', () => {
  it.each([
    [{ responseCode: 550 }, true],
    [{ responseCode: 554 }, true],
    [{ responseCode: 451 }, false],
    [{ responseCode: 421 }, false],
    [{ code: 'ECONNECTION' }, false],
    [{ code: 'ETIMEDOUT' }, false],
    [new Error('anything else'), false],
  ])('%o → permanent: %s', (error, permanent) => {
    expect(isPermanentMailError(error)).toBe(permanent);
  });
});
