import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { currentRequestId } from './request-context.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's console logger, JSON when LOG_FORMAT=json, with the current request id on every line. */
export class AppLogger extends ConsoleLogger {
  constructor(format: 'text' | 'json', level: LogLevel) {
    super({ json: format === 'json', logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1) });
  }

  protected override getJsonLogObject(...args: Parameters<ConsoleLogger['getJsonLogObject']>) {
    const logObject = super.getJsonLogObject(...args);
    const requestId = currentRequestId();
    return requestId ? { ...logObject, requestId } : logObject;
  }

  protected override formatContext(context: string): string {
    const requestId = currentRequestId();
    return super.formatContext(context) + (requestId ? `(req ${requestId}) ` : '');
  }
}
