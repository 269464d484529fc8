import { z } from 'zod';

import {
  CallList,
  FaultRule,
  type FaultRuleInput,
  ImportAnswer,
  ResetAnswer,
  SeedList,
  type SeedName,
} from '@/shared/contract/emulator-control';

import { fetchApi, fetchJson, problemError } from './client';

const BASE = '/api/emulator';
const json = (method: string, body?: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: body === undefined ? undefined : JSON.stringify(body),
});

async function noContent(path: string, method: string): Promise<void> {
  const response = await fetchApi(path, { method });
  if (!response.ok) throw await problemError(response);
}

/** The emulator's control API through the proxy (emulator target only). */
export const emulatorControl = {
  seeds: () => fetchJson(`${BASE}/seeds`, SeedList),
  reset: (seed: SeedName) => fetchJson(`${BASE}/reset`, ResetAnswer, json('POST', { seed })),
  exportState: () => fetchJson(`${BASE}/state`, z.unknown()),
  importState: (state: unknown) => fetchJson(`${BASE}/state`, ImportAnswer, json('PUT', state)),
  addFault: (rule: FaultRuleInput) => fetchJson(`${BASE}/faults`, FaultRule, json('POST', rule)),
  removeFault: (id: string) => noContent(`${BASE}/faults/${encodeURIComponent(id)}`, 'DELETE'),
  clearFaults: () => noContent(`${BASE}/faults`, 'DELETE'),
  calls: (limit = 100) =>
    fetchJson(`${BASE}/calls?limit=${limit}`, CallList).then((answer) => answer.calls),
  clearCalls: () => noContent(`${BASE}/calls`, 'DELETE'),
};
