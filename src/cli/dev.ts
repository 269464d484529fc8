import { createServer } from 'vite';

import { readConfigOrExit, startConsoleStack, stopOnSignals } from './console-stack';

const config = readConfigOrExit(process.env);
// The proxy takes a free port; Vite serves the console on PORT and forwards /api to it.
const stack = await startConsoleStack(
  { ...config, proxy: { ...config.proxy, port: 0 } },
  { quiet: false },
);
const vite = await createServer({
  server: {
    host: config.proxy.host,
    port: config.proxy.port,
    proxy: { '/api': { target: stack.proxy.url } },
  },
});
await vite.listen();
stopOnSignals(async () => {
  await vite.close();
  await stack.stop();
});
vite.printUrls();
