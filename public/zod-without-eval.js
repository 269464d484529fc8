// The console's CSP forbids eval. Zod would probe `new Function` to compile faster parsers, which
// the browser reports as a violation; it reads this setting when it loads, so it runs first.
globalThis.__zod_globalConfig = { jitless: true };
