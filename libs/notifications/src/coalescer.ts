/**
 * Group commit for one kind of query: calls made while a batch is in flight go out together in
 * the next one. Each caller still awaits its own result, so nothing completes before its write.
 *
 * An idle coalescer waits for the end of the current turn of the event loop (setImmediate, no
 * timer) before its first round trip: jobs released together (a batch of claims returning, a
 * burst of SMTP answers read from one socket chunk) then share one query instead of the first of
 * them going out alone and the rest in a second.
 */
export class Coalescer<I, O> {
  private waiting: { input: I; resolve: (output: O) => void; reject: (error: unknown) => void }[] = [];
  private busy = false;

  constructor(
    private readonly run: (inputs: I[]) => Promise<O[]>,
    private readonly maxBatch = 500,
  ) {}

  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (!this.busy) {
        this.busy = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      try {
        const outputs = await this.run(batch.map((entry) => entry.input));
        batch.forEach((entry, index) => entry.resolve(outputs[index]));
      } catch (error) {
        batch.forEach((entry) => entry.reject(error));
      }
    }
    this.busy = false;
  }
}
