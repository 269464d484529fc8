import { test as base, expect, type APIRequestContext } from '@playwright/test';

import { E2E_EMULATOR_URL } from '../playwright.config.ts';
import { FriendAddPage } from './pages/friend-add-page.ts';
import { RelationMatrixPage } from './pages/relation-matrix-page.ts';

export class EmulatorControl {
  private readonly request: APIRequestContext;
  constructor(request: APIRequestContext) {
    this.request = request;
  }

  async reset(seed: 'empty' | 'demo' = 'demo'): Promise<void> {
    const response = await this.request.post(`${E2E_EMULATOR_URL}/__emulator/reset`, {
      data: { seed },
    });
    expect(response.ok()).toBe(true);
    // Fault rules outlive a reset of the state; a test starts without any.
    expect((await this.request.delete(`${E2E_EMULATOR_URL}/__emulator/faults`)).ok()).toBe(true);
  }

  async addFault(rule: Record<string, unknown>): Promise<void> {
    const response = await this.request.post(`${E2E_EMULATOR_URL}/__emulator/faults`, {
      data: rule,
    });
    expect(response.ok()).toBe(true);
  }

  async recentCalls(api: string): Promise<{ from?: string; errorCode?: number }[]> {
    const response = await this.request.get(`${E2E_EMULATOR_URL}/__emulator/calls`, {
      params: { api, limit: 1000 },
    });
    return ((await response.json()) as { calls: { from?: string; errorCode?: number }[] }).calls;
  }

  /** Calls one Tencent API through the console's proxy, as a script would. */
  async callProxy(service: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await this.request.post(`/api/${service}`, { data: body });
    expect(response.ok()).toBe(true);
    return (await response.json()) as Record<string, unknown>;
  }
}

export const test = base.extend<{
  emulator: EmulatorControl;
  friendAddPage: FriendAddPage;
  relationMatrixPage: RelationMatrixPage;
}>({
  emulator: async ({ request }, use) => {
    const emulator = new EmulatorControl(request);
    await emulator.reset('demo');
    await use(emulator);
  },
  friendAddPage: async ({ page }, use) => use(new FriendAddPage(page)),
  relationMatrixPage: async ({ page }, use) => use(new RelationMatrixPage(page)),
});

export { expect };
