import { type ApiClient, type ConsoleClientOptions, createApiClient } from './console-client.ts';
import { planMethods, type PlanMethods } from './plans.ts';

export type ConsoleClient = ApiClient & PlanMethods;

/** The typed Node client over the console's HTTP API, plans included (`client.applyPlan`). */
export function createConsoleClient(options: ConsoleClientOptions): ConsoleClient {
  return { ...createApiClient(options), ...planMethods(options) };
}
