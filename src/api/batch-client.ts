import type { EndpointDef, RequestOf, ResponseOf } from '@/shared/contract/endpoints';

import { ApiError } from './api-error';
import { fetchApi, type ProblemBody, problemError, proxyError, readAnswer } from './client';

/** Stays under the proxy's 1 MiB body limit with room for the wrapper. */
const MAX_BATCH_BYTES = 900 * 1024;
const MAX_BATCH_BODIES = 1000;
/** Bulk requests in flight; the proxy paces them all through one queue per API. */
const PARALLEL_BATCHES = 4;

export type BatchAnswer<E extends EndpointDef> =
  { ok: true; response: ResponseOf<E> } | { ok: false; error: ApiError };

interface Line {
  index: number;
  status: number;
  body?: unknown;
  problem?: ProblemBody;
}

/**
 * Sends many calls of one API through the proxy's bulk transport and reports each answer the
 * moment its NDJSON line arrives. A failure of a whole bulk request fails each of its calls.
 */
export async function streamEndpoint<E extends EndpointDef>(
  endpoint: E,
  bodies: readonly RequestOf<E>[],
  onAnswer: (index: number, answer: BatchAnswer<E>) => void,
  { signal }: { signal?: AbortSignal } = {},
): Promise<void> {
  const batches = packBatches(bodies.map((body) => JSON.stringify(body)));
  let next = 0;
  async function worker(): Promise<void> {
    while (next < batches.length) {
      const batch = batches[next++];
      if (!batch) return;
      try {
        await sendBatch(endpoint, batch, onAnswer, signal);
      } catch (error) {
        if (signal?.aborted) throw error;
        const failure =
          error instanceof ApiError
            ? error
            : new ApiError({ kind: 'network', detail: (error as Error).message });
        for (const index of batch.pending) onAnswer(index, { ok: false, error: failure });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_BATCHES, batches.length) }, worker));
}

interface Batch {
  indexes: number[];
  texts: string[];
  /** Calls not answered yet, so a broken stream fails only those. */
  pending: Set<number>;
}

function packBatches(texts: string[]): Batch[] {
  const encoder = new TextEncoder();
  const batches: Batch[] = [];
  let current: Batch | undefined;
  let bytes = 0;
  texts.forEach((text, index) => {
    const size = encoder.encode(text).length + 1;
    if (!current || bytes + size > MAX_BATCH_BYTES || current.texts.length >= MAX_BATCH_BODIES) {
      current = { indexes: [], texts: [], pending: new Set() };
      batches.push(current);
      bytes = 20;
    }
    current.indexes.push(index);
    current.texts.push(text);
    current.pending.add(index);
    bytes += size;
  });
  return batches;
}

async function sendBatch<E extends EndpointDef>(
  endpoint: E,
  batch: Batch,
  onAnswer: (index: number, answer: BatchAnswer<E>) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const response = await fetchApi(`/api/batch/${endpoint.service}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: `{"requests":[${batch.texts.join(',')}]}`,
    signal,
  });
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (!response.ok || !response.body) throw await problemError(response, requestId);

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += value;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as Line;
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
      const index = batch.indexes[line.index];
      if (index === undefined) continue;
      batch.pending.delete(index);
      onAnswer(index, answerOf(endpoint, line, requestId));
    }
  }
  if (batch.pending.size > 0) {
    throw new ApiError({ kind: 'network', detail: 'the bulk answer ended early' }, requestId);
  }
}

function answerOf<E extends EndpointDef>(
  endpoint: E,
  line: Line,
  requestId: string | undefined,
): BatchAnswer<E> {
  if (line.status !== 200 || !line.body) {
    return { ok: false, error: proxyError(line.status, line.problem ?? {}, requestId) };
  }
  try {
    return { ok: true, response: readAnswer(endpoint, line.body, requestId) };
  } catch (error) {
    return { ok: false, error: error as ApiError };
  }
}
