import { Readable } from 'node:stream';

interface EdgeRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

async function bytesOf(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const xml = (statusCode: number, text: string) => ({
  response: { statusCode, headers: { 'content-type': 'application/xml' }, body: Readable.from([Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${text}`)]) },
});

/**
 * An S3 server's HTTP edge in memory, as the SDK's request handler: path-style PUT, GET, HEAD,
 * DELETE and multipart uploads. Lets the S3 storage run the contract suite without a server.
 */
export class FakeS3Edge {
  readonly objects = new Map<string, Buffer>();
  readonly uploads = new Map<string, Map<number, Buffer>>();
  private nextUpload = 1;

  metadata = { handlerProtocol: 'http/1.1' };

  async handle(request: EdgeRequest): Promise<{ response: unknown }> {
    const key = decodeURIComponent(request.path.replace(/^\/[^/]+\//, ''));
    const query = request.query ?? {};
    const uploadId = typeof query.uploadId === 'string' ? query.uploadId : undefined;
    const body = await bytesOf(request.body);
    switch (request.method) {
      case 'PUT':
        if (uploadId) {
          this.uploads.get(uploadId)!.set(Number(query.partNumber), body);
          return { response: { statusCode: 200, headers: { etag: `"part-${query.partNumber}"` }, body: Readable.from([]) } };
        }
        this.objects.set(key, body);
        return { response: { statusCode: 200, headers: { etag: '"etag"' }, body: Readable.from([]) } };
      case 'POST':
        if ('uploads' in query) {
          const id = String(this.nextUpload++);
          this.uploads.set(id, new Map());
          return xml(200, `<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
        }
        if (uploadId) {
          const parts = [...this.uploads.get(uploadId)!.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
          this.objects.set(key, Buffer.concat(parts));
          this.uploads.delete(uploadId);
          return xml(200, `<CompleteMultipartUploadResult><Key>${key}</Key><ETag>"done"</ETag></CompleteMultipartUploadResult>`);
        }
        break;
      case 'GET':
      case 'HEAD': {
        const object = this.objects.get(key);
        if (!object) {
          return request.method === 'HEAD'
            ? { response: { statusCode: 404, headers: {}, body: Readable.from([]) } }
            : xml(404, `<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>`);
        }
        const headers = { 'content-length': String(object.length), etag: '"etag"' };
        return { response: { statusCode: 200, headers, body: Readable.from(request.method === 'GET' && object.length ? [object] : []) } };
      }
      case 'DELETE':
        if (uploadId) this.uploads.delete(uploadId);
        else this.objects.delete(key);
        return { response: { statusCode: 204, headers: {}, body: Readable.from([]) } };
    }
    return xml(400, `<Error><Code>NotImplemented</Code></Error>`);
  }

  updateHttpClientConfig(): void {}
  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
  destroy(): void {}
}
