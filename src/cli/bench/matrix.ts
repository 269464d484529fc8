import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { type Browser, chromium, type Page } from '@playwright/test';

import { CHROMIUM_ARGS, findSystemChromium } from '@/testing/find-chromium';

import { RunAccepted, RunSummary } from '@/shared/contract/runs';

import { type CallTally, cpuMs, environment, percentile, round, startBenchStack } from './common';

/** The little of the browser the in-page probes use; this project compiles without DOM types. */
interface ProbeWindow {
  matrixFinished?: Promise<void>;
  requestAnimationFrame: (callback: (time: number) => void) => number;
  MutationObserver: new (callback: () => void) => {
    observe: (target: unknown, options: Record<string, unknown>) => void;
    disconnect: () => void;
  };
  document: {
    body: unknown;
    querySelector: (selector: string) => {
      scrollBy: (x: number, y: number) => void;
      getAttribute: (name: string) => string | null;
      click: () => void;
    } | null;
    querySelectorAll: (
      selector: string,
    ) => Iterable<{ textContent: string | null; click: () => void }>;
  };
}

const ACCOUNTS = 1000;
const RATE = 200;
/**
 * The run's two passes, friend_check and black_list_check. Each API has a limit of its own (RATE,
 * contract D12), so the passes go out together and the floor is the longer pass, not their sum.
 */
const MATRIX_APIS = ['v4/sns/friend_check', 'v4/sns/black_list_check'] as const;

/**
 * A 1000×1000 both-ways check driven in a real browser, proxy and emulator (each in its own
 * process) with the rate limit on; optionally with added latency on every upstream call. With
 * `measureUi`, also the paint and scroll figures of the finished grid.
 */
async function runMatrix(
  browser: Browser,
  staticDir: string,
  latencyMs: number,
  measureUi: boolean,
) {
  const stack = await startBenchStack({ rateLimit: true, paced: true, staticDir });
  const ids = await stack.emulator.call<string[]>('seedRing', ACCOUNTS);
  if (latencyMs > 0) {
    for (const api of MATRIX_APIS) await stack.emulator.call('addFault', { api, latencyMs });
  }
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.goto(`${stack.proxy.url}/matrix`);
    await page.getByLabel('Accounts', { exact: true }).fill(ids.join('\n'));
    await stack.emulator.call('clearCalls');
    // Armed before the click: settles on the mutation that marks the grid finished, no polling.
    await page.evaluate(() => {
      const view = globalThis as unknown as ProbeWindow;
      view.matrixFinished = new Promise<void>((resolve) => {
        const observer = new view.MutationObserver(() => {
          if (view.document.querySelector('[role=grid]')?.getAttribute('aria-busy') === 'false') {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(view.document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['aria-busy'],
        });
      });
    });
    const created = page.waitForResponse(
      (response) => response.url().endsWith('/api/runs') && response.request().method() === 'POST',
    );
    const cpuBefore = [await cpuMs(stack.proxy), await cpuMs(stack.emulator)] as const;
    const started = performance.now();
    const clickedAt = Date.now();
    await page.getByRole('button', { name: 'Check relations' }).click();
    const { id: runId } = RunAccepted.parse(await (await created).json());
    await Promise.race([
      page.evaluate(() => (globalThis as unknown as ProbeWindow).matrixFinished),
      new Promise((_, reject) => {
        setTimeout(() => reject(new Error('the matrix did not finish in 180 s')), 180_000).unref();
      }),
    ]);
    const wallSeconds = (performance.now() - started) / 1000;
    const cpuAfter = [await cpuMs(stack.proxy), await cpuMs(stack.emulator)] as const;
    const tallies = await Promise.all(
      MATRIX_APIS.map((api) => stack.emulator.call<CallTally>('countCalls', api)),
    );
    const tally: CallTally = {
      calls: tallies.reduce((sum, t) => sum + t.calls, 0),
      rateLimited: tallies.reduce((sum, t) => sum + t.rateLimited, 0),
      first: Math.min(...tallies.map((t) => t.first)),
      last: Math.max(...tallies.map((t) => t.last)),
    };
    const run = RunSummary.parse(
      await (await fetch(`${stack.proxy.url}/api/runs/${runId}`)).json(),
    );
    // The floor counts the calls Tencent executed: a 60007 refusal and its resend are one call.
    // The two APIs' budgets are separate, so the floor is that of the API with the most calls.
    const executedPerApi = tallies.map((t) => t.calls - t.rateLimited);
    const executed = executedPerApi.reduce((sum, calls) => sum + calls, 0);
    const floorSeconds = Math.max(...executedPerApi) / RATE;
    const absorbed = run.counts.absorbedRateLimits;
    const legend = await page.getByLabel('Legend').textContent();
    const matrix = {
      accounts: ACCOUNTS,
      latency_ms: latencyMs,
      calls: executed,
      floor_s: round(floorSeconds),
      wall_s: round(wallSeconds),
      ratio: round(wallSeconds / floorSeconds),
      // Where the wall time goes: click to first arrival, first to last, last to the grid done.
      first_call_s: round((tally.first - clickedAt) / 1000),
      calls_span_s: round((tally.last - tally.first) / 1000),
      after_last_call_s: round(wallSeconds - (tally.last - clickedAt) / 1000),
      // 60007s that reached a caller (the run) rather than being held and resent by the proxy.
      rate_limited: tally.rateLimited - absorbed,
      // CPU per call of each server over the whole run (the proxy's includes the run's records).
      proxy_cpu_ms_per_call: round((cpuAfter[0] - cpuBefore[0]) / tally.calls),
      emulator_cpu_ms_per_call: round((cpuAfter[1] - cpuBefore[1]) / tally.calls),
      absorbed_60007: absorbed,
      failed_cells: Number(
        /Check failed: ([\d,]+)/.exec(legend ?? '')?.[1]?.replace(/,/g, '') ?? NaN,
      ),
      ...environment(),
    };
    if (!measureUi) return { matrix, ui: {} };
    // The paint figure mounts the grid from the empty "Check failed" view; with failed cells (calls
    // that timed out on an overloaded machine) there is no empty view, so no figure either.
    if (matrix.failed_cells !== 0) return { matrix, ui: { skipped: 'the run had failed cells' } };

    return { matrix, ui: await measureGrid(page, staticDir) };
  } finally {
    await page.close();
    await stack.stop();
  }
}

/** Paint and scroll figures of a finished grid on `page`, and the first script's size. */
async function measureGrid(page: Page, staticDir: string) {
  // Paint: the whole finished grid mounted from scratch (the legend's "Check failed" chip, pressed,
  // shows no row; pressed again, all of them).
  await page.locator('button[data-kind="failed"]').click();
  await page.waitForSelector('[role=grid]', { state: 'detached' });
  const paintMs = await page.evaluate(async () => {
    const view = globalThis as unknown as ProbeWindow;
    const { document } = view;
    const chip = document.querySelector('button[data-kind="failed"]');
    // No named helpers in here: tsx wraps them in a __name() the page does not have.
    const t0 = performance.now();
    chip?.click();
    for (let painted = 0; painted < 2;) {
      await new Promise<number>((resolve) => view.requestAnimationFrame(resolve));
      if (document.querySelector('[role=grid] [role=gridcell]')) painted += 1;
    }
    return performance.now() - t0;
  });

  // Scroll: diagonally across the grid, one step per frame, timing each frame.
  const frameTimes = await page.evaluate(async () => {
    const view = globalThis as unknown as ProbeWindow;
    const { document } = view;
    const grid = document.querySelector('[role=grid]');
    if (!grid) throw new Error('no grid');
    const times: number[] = [];
    let last = await new Promise<number>((resolve) => view.requestAnimationFrame(resolve));
    for (let step = 0; step < 240; step += 1) {
      grid.scrollBy(60, 50);
      const now = await new Promise<number>((resolve) => view.requestAnimationFrame(resolve));
      times.push(now - last);
      last = now;
    }
    return times;
  });
  frameTimes.sort((a, b) => a - b);
  return {
    matrix_paint_ms: Math.round(paintMs),
    scroll_frame_p95_ms: round(percentile(frameTimes, 95), 1),
    scroll_frame_p50_ms: round(percentile(frameTimes, 50), 1),
    initial_js_gzip_kb: initialJsGzipKb(staticDir),
    ...environment(),
  };
}

/** Gzipped size of the scripts index.html loads before anything else. */
function initialJsGzipKb(staticDir: string): number {
  const html = readFileSync(join(staticDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  const bytes = scripts.reduce(
    (total, path) => total + gzipSync(readFileSync(join(staticDir, path))).length,
    0,
  );
  return round(bytes / 1024, 1);
}

export async function matrixBenchmarks(staticDir: string) {
  const browser = await chromium.launch({
    executablePath: findSystemChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    const plain = await runMatrix(browser, staticDir, 0, true);
    const latency = await runMatrix(browser, staticDir, 100, false);
    return { matrix: plain.matrix, matrix_latency100: latency.matrix, ui: plain.ui };
  } finally {
    await browser.close();
  }
}
