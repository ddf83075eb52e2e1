export { AppConfig, ConfigError, loadConfig } from './app-config.js';
export { ConfigModule } from './config.module.js';
export { requestContext } from './request-context.js';
export { AppLogger } from './app-logger.js';
export { resolveJwtSecret } from './jwt-secret.js';
export { stringifySpreadsheetCsv } from './spreadsheet-csv.js';
export { ensurePrivateFolder, PRIVATE_FILE_MODE } from './private-folder.js';
export { describeError } from './describe-error.js';
export { isOneLine, OneLine } from './one-line.js';
