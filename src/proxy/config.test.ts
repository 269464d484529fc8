import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseProxyConfig } from './config';

describe('parseProxyConfig', () => {
  it('targets the emulator when TIM_SDKAPPID is unset', () => {
    expect(parseProxyConfig({})).toEqual({
      ok: true,
      config: { host: '127.0.0.1', port: 8080, mode: 'emulator' },
    });
  });

  it('maps a region to its domain', () => {
    const result = parseProxyConfig({
      TIM_SDKAPPID: '1400123456',
      TIM_SECRET_KEY: 'k',
      TIM_REGION: 'singapore',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        mode: 'tencent',
        baseUrl: 'https://adminapisgp.im.qcloud.com',
        region: 'singapore',
      },
    });
  });

  it('reads the key from a file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fc-')), 'key');
    writeFileSync(file, 'from-file\n');
    const result = parseProxyConfig({
      TIM_SDKAPPID: '1',
      TIM_SECRET_KEY_FILE: file,
      TIM_BASE_URL: 'http://127.0.0.1:9/',
    });
    expect(result).toMatchObject({
      ok: true,
      config: { credentials: { secretKey: 'from-file' }, baseUrl: 'http://127.0.0.1:9' },
    });
  });

  it('reports every bad variable, one line each', () => {
    const result = parseProxyConfig({ TIM_SDKAPPID: '1', TIM_REGION: 'mars', PORT: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(2);
      expect(result.problems.join('\n')).toMatch(/PORT/);
      expect(result.problems.join('\n')).toMatch(/TIM_REGION/);
    }
    const missing = parseProxyConfig({ TIM_SDKAPPID: '1' });
    expect(missing.ok ? [] : missing.problems).toEqual([
      'TIM_SECRET_KEY: required when TIM_SDKAPPID is set (or give TIM_SECRET_KEY_FILE)',
      'TIM_REGION: required when TIM_SDKAPPID is set (one of china, singapore, seoul, frankfurt, silicon-valley, mumbai, jakarta, tokyo), or set TIM_BASE_URL',
    ]);
  });
});
