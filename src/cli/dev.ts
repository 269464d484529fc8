import { createServer } from 'vite';

import { loopbackHosts } from '@/proxy/host-check';

import { readConfigOrExit, startConsoleStack, stopOnSignals } from './console-stack';

const config = readConfigOrExit(process.env);
// The proxy takes a free port; Vite serves the console on PORT and forwards /api to it with the
// browser's Host, which names Vite's port: the proxy accepts loopback names on that port too.
const vitePort = config.proxy.port;
const hosts = config.proxy.hosts;
const stack = await startConsoleStack(
  {
    ...config,
    proxy: {
      ...config.proxy,
      port: 0,
      hosts: hosts.loopback
        ? { ...hosts, allowed: [...hosts.allowed, ...loopbackHosts(vitePort)] }
        : hosts,
    },
  },
  { quiet: false },
);
const vite = await createServer({
  server: {
    host: config.proxy.host,
    port: vitePort,
    strictPort: true,
    proxy: { '/api': { target: stack.proxy.url } },
  },
});
await vite.listen();
stopOnSignals(async () => {
  await vite.close();
  await stack.stop();
});
vite.printUrls();
