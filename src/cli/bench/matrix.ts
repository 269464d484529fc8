import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { type Browser, chromium } from '@playwright/test';

import { CHROMIUM_ARGS, findSystemChromium } from '@/testing/find-chromium';

import { environment, percentile, round, startBenchStack } from './common';

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
/** The run's two passes, friend_check then black_list_check, each at its own 200 calls/s. */
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
    const started = performance.now();
    await page.getByRole('button', { name: 'Check relations' }).click();
    await Promise.race([
      page.evaluate(() => (globalThis as unknown as ProbeWindow).matrixFinished),
      new Promise((_, reject) => {
        setTimeout(() => reject(new Error('the matrix did not finish in 180 s')), 180_000).unref();
      }),
    ]);
    const wallSeconds = (performance.now() - started) / 1000;
    // Calls and floor from the run's own plan: the emulator's call log keeps only recent calls.
    const runId = new URL(page.url()).searchParams.get('run') ?? '';
    const plan = await page.evaluate(
      async (id) =>
        (
          (await (await fetch(`/api/runs/${id}`)).json()) as {
            plan: { calls: number; floor_s: number };
          }
        ).plan,
      runId,
    );
    let rateLimited = 0;
    for (const api of MATRIX_APIS) {
      const counted = await stack.emulator.call<{ rateLimited: number }>('countCalls', api);
      rateLimited += counted.rateLimited;
    }
    const legend = await page.getByLabel('Legend').textContent();
    const matrix = {
      accounts: ACCOUNTS,
      latency_ms: latencyMs,
      calls: plan.calls,
      floor_s: plan.floor_s,
      wall_s: round(wallSeconds),
      ratio: round(wallSeconds / plan.floor_s),
      rate_limited: rateLimited,
      failed_cells: Number(
        /Check failed: ([\d,]+)/.exec(legend ?? '')?.[1]?.replace(/,/g, '') ?? NaN,
      ),
      ...environment(),
    };
    if (!measureUi) return { matrix, ui: {} };
    // The paint figure mounts the grid from the empty Failures view; with failed cells (calls
    // that timed out on an overloaded machine) there is no empty view, so no figure either.
    if (matrix.failed_cells !== 0) return { matrix, ui: { skipped: 'the run had failed cells' } };

    // Paint: the whole finished grid mounted from scratch (the "Check failed" chip shows none).
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
      matrix,
      ui: {
        matrix_paint_ms: Math.round(paintMs),
        scroll_frame_p95_ms: round(percentile(frameTimes, 95), 1),
        scroll_frame_p50_ms: round(percentile(frameTimes, 50), 1),
        initial_js_gzip_kb: initialJsGzipKb(staticDir),
        ...environment(),
      },
    };
  } finally {
    await page.close();
    await stack.stop();
  }
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
