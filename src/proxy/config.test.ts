import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseProxyConfig } from './config';

describe('parseProxyConfig', () => {
  it('targets the emulator when TIM_SDKAPPID is unset', () => {
    expect(parseProxyConfig({})).toEqual({
      ok: true,
      config: {
        host: '127.0.0.1',
        port: 8080,
        mode: 'emulator',
        access: { tokens: [], users: [], trustedHeader: undefined },
        pacing: true,
        callDeadlineMs: 30_000,
        maxAnswerBytes: 16 * 1024 * 1024,
        auditLog: './data/audit.log',
        database: { dataDir: './data', databaseUrl: undefined },
        retention: { runDays: 90, auditDays: undefined },
        redisUrl: undefined,
        publicOrigin: undefined,
        hosts: { loopback: true, allowed: [] },
      },
    });
  });

  it('names the call deadline and answer cap when they are out of range', () => {
    const result = parseProxyConfig({ CALL_DEADLINE_MS: '10', MAX_ANSWER_BYTES: 'lots' });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.some((line) => /^CALL_DEADLINE_MS: .*1000/.test(line))).toBe(true);
    expect(problems.some((line) => line.startsWith('MAX_ANSWER_BYTES: '))).toBe(true);
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

  it('refuses to bind beyond loopback without an access method, and says why', () => {
    const open = parseProxyConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'console.example.com' });
    expect(open.ok ? [] : open.problems).toEqual([
      expect.stringMatching(
        /^HOST: 0\.0\.0\.0 is reachable from other machines.*AUTH_TOKEN, AUTH_USERS or AUTH_PROXY_HEADER/,
      ),
    ]);
    const guarded = parseProxyConfig({
      HOST: '0.0.0.0',
      AUTH_TOKEN: 'a-long-shared-token-1234',
      ALLOWED_HOSTS: 'console.example.com, 10.0.0.7:8080',
    });
    expect(guarded).toMatchObject({
      ok: true,
      config: {
        access: { tokens: [{ role: 'operator', token: 'a-long-shared-token-1234' }] },
        hosts: { loopback: false, allowed: ['console.example.com', '10.0.0.7:8080'] },
      },
    });
    expect(parseProxyConfig({ HOST: '127.0.0.2' }).ok).toBe(true);
  });

  it('needs the names browsers use when bound beyond loopback, and checks each', () => {
    const unnamed = parseProxyConfig({ HOST: '0.0.0.0', AUTH_TOKEN: 'a-long-shared-token-1234' });
    expect(unnamed.ok ? [] : unnamed.problems).toEqual([
      expect.stringMatching(/^ALLOWED_HOSTS: HOST 0\.0\.0\.0 is not loopback.*PUBLIC_ORIGIN/),
    ]);
    const bad = parseProxyConfig({ ALLOWED_HOSTS: 'ok.example.com,https://x.example.com/,a b' });
    expect(bad.ok ? [] : bad.problems).toEqual([
      'ALLOWED_HOSTS: not a host name or host:port: https://x.example.com/, a b',
    ]);
    expect(
      parseProxyConfig({
        HOST: '0.0.0.0',
        AUTH_TOKEN: 'a-long-shared-token-1234',
        PUBLIC_ORIGIN: 'https://friends.example.com/',
      }),
    ).toMatchObject({
      ok: true,
      config: { hosts: { loopback: false, allowed: ['friends.example.com'] } },
    });
  });

  it('reads basic-auth users and the trusted header, naming each bad entry', () => {
    const result = parseProxyConfig({
      AUTH_USERS: 'ana:operator:correct-horse,vic:viewer:battery-staple',
      AUTH_PROXY_HEADER: 'X-Forwarded-Email',
      AUTH_PROXY_ADDRESSES: '10.0.0.5, ::1',
      AUTH_PROXY_OPERATORS: 'lead@example.com',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        access: {
          users: [
            { name: 'ana', role: 'operator', password: 'correct-horse' },
            { name: 'vic', role: 'viewer', password: 'battery-staple' },
          ],
          trustedHeader: {
            name: 'x-forwarded-email',
            addresses: ['10.0.0.5', '::1'],
            operators: ['lead@example.com'],
          },
        },
      },
    });
    const bad = parseProxyConfig({
      AUTH_USERS: 'ana:admin:correct-horse',
      AUTH_TOKEN: 'short',
      AUTH_PROXY_HEADER: 'X-User',
      AUTH_PROXY_ADDRESSES: 'proxy.local',
      REDIS_URL: 'http://x',
    });
    expect(bad.ok ? [] : bad.problems).toEqual([expect.stringMatching(/^REDIS_URL: /)]);
    const badAccess = parseProxyConfig({
      AUTH_USERS: 'ana:admin:correct-horse',
      AUTH_TOKEN: 'short',
      AUTH_PROXY_HEADER: 'X-User',
      AUTH_PROXY_ADDRESSES: 'proxy.local',
    });
    expect(badAccess.ok ? [] : badAccess.problems).toEqual([
      'AUTH_TOKEN: must be at least 16 characters',
      'AUTH_USERS: entry 1 must be name:role:password, role viewer or operator, password at least 8 characters',
      'AUTH_PROXY_ADDRESSES: not IP addresses: proxy.local',
    ]);
  });
});
