/**
 * A rule of the domain said no. The code is stable and is what clients act on (the web app translates it
 * with the data); the message is English for logs and API clients. `data.details` is sent as the wire's
 * `details`, the rest of `data` as the wire's `data`. Which HTTP status a code gets is the api's business.
 */
export class DomainError<Code extends string = string, Data extends object = Record<string, unknown>> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly data: Data = {} as Data,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
