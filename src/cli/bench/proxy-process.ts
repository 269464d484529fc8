/** The bench's proxy, in its own process, in front of the bench's emulator. */
import { monitorEventLoopDelay } from 'node:perf_hooks';

import {
  DEFAULT_ADMIN,
  DEFAULT_EMULATOR_SDKAPPID,
  DEFAULT_EMULATOR_SECRET_KEY,
} from '@/emulator/create-emulator';
import { createProxy } from '@/proxy/create-proxy';
import { unpaced } from '@/proxy/pacer';
import { listen } from '@/shared/node/listen';

import { serveParent } from '../child-process';
import type { BenchProxyInput } from './common';

await serveParent<BenchProxyInput>(async ({ upstreamUrl, paced, staticDir }) => {
  const app = createProxy({
    target: {
      mode: 'emulator',
      sdkAppId: DEFAULT_EMULATOR_SDKAPPID,
      admin: DEFAULT_ADMIN,
      region: 'emulator',
      host: new URL(upstreamUrl).host,
    },
    upstream: {
      baseUrl: upstreamUrl,
      credentials: {
        sdkAppId: DEFAULT_EMULATOR_SDKAPPID,
        secretKey: DEFAULT_EMULATOR_SECRET_KEY,
        admin: DEFAULT_ADMIN,
      },
    },
    pacer: paced ? undefined : unpaced,
    staticDir,
  });
  const listening = await listen(app.fetch);
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  return {
    url: listening.url,
    close: listening.close,
    handlers: {
      watchEventLoop: () => {
        loopDelay.reset();
        loopDelay.enable();
      },
      /** The longest the event loop was blocked since watchEventLoop, in ms. */
      longestBlockMs: () => {
        loopDelay.disable();
        return loopDelay.max / 1e6;
      },
    },
  };
});
