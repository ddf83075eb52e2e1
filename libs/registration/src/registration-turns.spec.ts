import { REGISTRATION_WRITES_IN_FLIGHT, RegistrationTurns } from './registration-turns.js';

/** A write that ends when told to, recording when it started. */
function pending(started: string[], name: string) {
  let end!: (value: string) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  return {
    write: () => {
      started.push(name);
      return done;
    },
    end: () => end(name),
    fail: () => fail(new Error(`${name} failed`)),
  };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('RegistrationTurns', () => {
  it(`lets ${REGISTRATION_WRITES_IN_FLIGHT} writes of an event run at once and the others follow in arrival order`, async () => {
    const turns = new RegistrationTurns();
    const started: string[] = [];
    const writes = ['a', 'b', 'c', 'd'].map((name) => pending(started, name));
    const results = writes.map((one) => turns.take('event', one.write));
    const failure = results[0].catch((error: Error) => error.message);
    await settled();
    expect(started).toEqual(['a', 'b']);
    writes[1].end();
    await settled();
    expect(started).toEqual(['a', 'b', 'c']);
    writes[0].fail();
    await settled();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    writes[2].end();
    writes[3].end();
    expect(await failure).toBe('a failed');
    await expect(Promise.all(results.slice(1))).resolves.toEqual(['b', 'c', 'd']);
  });

  it('keeps each event’s turns apart, and forgets an event once its writes have ended', async () => {
    const turns = new RegistrationTurns();
    const started: string[] = [];
    const writes = ['a1', 'a2', 'a3', 'b1'].map((name) => pending(started, name));
    const results = [turns.take('a', writes[0].write), turns.take('a', writes[1].write), turns.take('a', writes[2].write), turns.take('b', writes[3].write)];
    await settled();
    expect(started).toEqual(['a1', 'a2', 'b1']);
    expect(turns.busyEvents).toBe(2);
    for (const one of writes) one.end();
    await Promise.all(results);
    await settled();
    await settled();
    expect(turns.busyEvents).toBe(0);
  });
});
