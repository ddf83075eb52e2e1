import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The floor for an api process sending bytes from memory: node:http in a process of its own, answering
 * every request with the file BODY_FILE names, read once. It tells its parent its port over IPC.
 */
const body = readFileSync(process.env.BODY_FILE!);
const contentType = process.env.CONTENT_TYPE ?? 'application/octet-stream';
const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length }).end(body);
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
// The parent going away (its IPC channel closing) ends this process too, whatever the parent's outcome.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
