import { Agent, get } from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile, round, round3 } from './figures.js';

export interface SequentialReads {
  name: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  mbPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  processCpuMsPerRequest: number;
}

/**
 * One keep-alive connection, one GET after another for `seconds`, each body read to its end: the latency
 * a reader sees from a server answering from memory. A lean client on purpose: autocannon's parser takes
 * about 17 ms over a 1 MB body of compressed (random-looking) bytes, against under 1 ms for the same size
 * of repeated text, which would measure the client rather than the server.
 */
export async function sequentialReads(name: string, url: string, seconds: number, headers: Record<string, string> = {}): Promise<SequentialReads> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let bytes = 0;
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  try {
    // The first answer warms the connection and is not counted.
    await once(url, headers, agent);
    while (performance.now() - started < seconds * 1000) {
      const sent = performance.now();
      const answer = await once(url, headers, agent);
      latencies.push(performance.now() - sent);
      statusCodes[answer.status] = (statusCodes[answer.status] ?? 0) + 1;
      bytes += answer.bytes;
    }
  } finally {
    agent.destroy();
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    seconds: round(elapsed),
    requestsPerSecond: round(latencies.length / elapsed),
    mbPerSecond: round(bytes / elapsed / 1e6),
    p50Ms: round(percentile(sorted, 0.5)),
    p99Ms: round(percentile(sorted, 0.99)),
    maxMs: round(sorted.at(-1) ?? 0),
    non2xx: latencies.length - (statusCodes['200'] ?? 0),
    errors: 0,
    timeouts: 0,
    statusCodes,
    processCpuMsPerRequest: round3((cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length)),
  };
}

function once(url: string, headers: Record<string, string>, agent: Agent): Promise<{ status: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers, agent }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: String(response.statusCode), bytes }));
      response.on('error', reject);
    }).on('error', reject);
  });
}
