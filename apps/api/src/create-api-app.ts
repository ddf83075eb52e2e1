import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import multipart from '@fastify/multipart';
import { AppLogger, requestContext } from '@app/config';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiModuleOptions, AppModule } from './app.module.js';
import { ApiErrorResponse } from './http/api-error.js';
import { redactUrl } from './http/redact-url.js';
import { securityHeaders } from './http/security-headers.js';
import { createValidationPipe } from './http/validation.js';
import { depthLimitedJsonParser } from './http/json-body.js';
import { refuseNulCharacters } from './http/text-input.js';
import { answerExportsEarly } from './programme/conditional-get-hook.js';
import { pageDescriber } from './web/page-meta.js';
import { serveWebApp } from './web/web-app.js';

/** JSON bodies above this answer 413; uploads stream through their own parser with their own limit. */
export const JSON_BODY_LIMIT = 1024 * 1024;

export const CSV_BODY_LIMIT = 5 * 1024 * 1024;

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The api, fully configured but not listening: shared by `main.ts` and the end-to-end tests. */
export async function createApiApp(
  options: ApiModuleOptions,
  // jest (on Node < 24.9) cannot load @fastify/static's ESM dependency, so in-process tests serve only /docs-json and no web app.
  { docsUi = true, webApp = docsUi }: { docsUi?: boolean; webApp?: boolean } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: JSON_BODY_LIMIT,
    // X-Forwarded-For only from the proxies named in TRUSTED_PROXIES: from anyone else it is forged (login limits per IP).
    trustProxy: options.config.TRUSTED_PROXIES.length > 0 ? options.config.TRUSTED_PROXIES : false,
    // A caller's (or proxy's) X-Request-Id is kept when sane, so one id follows a request across services.
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const fastify = adapter.getInstance();
  const headers = securityHeaders(options.config.PUBLIC_URL);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id).headers(headers);
    requestContext.run({ requestId: request.id }, done);
  });
  refuseNulCharacters(fastify);
  // Spreadsheet imports (programme CSV) arrive as text.
  fastify.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT }, (_request, body, done) => done(null, body));
  // One line per request, only when that level is on: building it costs on every request.
  if (['log', 'debug', 'verbose'].includes(options.config.LOG_LEVEL)) {
    const httpLogger = new Logger('HTTP');
    fastify.addHook('onResponse', (request, reply, done) => {
      httpLogger.log(`${request.method} ${redactUrl(request.url)} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms`);
      done();
    });
  }
  const logger = new AppLogger(options.config.LOG_FORMAT, options.config.LOG_LEVEL);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, { logger });
  // After the request id and security headers, before any route: Nest registers its routes at init.
  answerExportsEarly(fastify, app);
  app.useBodyParser('application/json', { bodyLimit: JSON_BODY_LIMIT }, depthLimitedJsonParser(fastify));
  // Uploads (slides, photos) stream through multipart, never the JSON parser; each route sets its own file limit.
  await app.register(multipart, { limits: { fileSize: options.config.SLIDES_MAX_BYTES, files: 1, fields: 10, parts: 11 } });
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Plenary API')
      .setDescription(
        'Conference event management: events, rooms, tracks, registration, programme, speakers, awards. ' + 'Every error has the shape of ApiErrorResponse.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
    { extraModels: [ApiErrorResponse] },
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', swaggerUiEnabled: docsUi });
  if (webApp) {
    await serveWebApp(app, options.config.WEB_ROOT, { describe: pageDescriber(app, options.config.PUBLIC_URL), publicUrl: options.config.PUBLIC_URL });
  }
  await app.init();
  return app;
}
