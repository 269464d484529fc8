import { describe, expect, it } from 'vitest';

import { formatDateTime, formatList, formatNumber, formatTime, toIsoWithOffset } from './format';

const instant = new Date('2026-11-22T06:59:09.120Z');

describe('toIsoWithOffset', () => {
  it('writes the wall time of the zone with its offset', () => {
    expect(toIsoWithOffset(instant, 'Asia/Shanghai')).toBe('2026-11-22T14:59:09.120+08:00');
    expect(toIsoWithOffset(instant, 'UTC')).toBe('2026-11-22T06:59:09.120+00:00');
    expect(toIsoWithOffset(instant, 'America/St_Johns')).toBe('2026-11-22T03:29:09.120-03:30');
    expect(toIsoWithOffset(instant, 'Asia/Kathmandu')).toBe('2026-11-22T12:44:09.120+05:45');
  });

  it('follows daylight saving time', () => {
    expect(toIsoWithOffset('2026-07-01T12:00:00Z', 'Europe/Berlin')).toBe(
      '2026-07-01T14:00:00.000+02:00',
    );
    expect(toIsoWithOffset('2026-01-01T12:00:00Z', 'Europe/Berlin')).toBe(
      '2026-01-01T13:00:00.000+01:00',
    );
  });

  it('names the same instant as the input', () => {
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Chatham', 'UTC']) {
      expect(new Date(toIsoWithOffset(instant, zone)).getTime()).toBe(instant.getTime());
    }
  });

  it('writes midnight as 00, not 24', () => {
    expect(toIsoWithOffset('2026-11-21T16:00:00Z', 'Asia/Shanghai')).toBe(
      '2026-11-22T00:00:00.000+08:00',
    );
  });
});

describe('display formats', () => {
  it('shows the time in the chosen zone with the zone named', () => {
    expect(formatDateTime(instant, { language: 'zh-CN', timeZone: 'Asia/Shanghai' })).toBe(
      // Chinese puts the zone before the time of day.
      '2026/11/22 GMT+8 14:59:09',
    );
    expect(formatDateTime(instant, { language: 'en', timeZone: 'America/New_York' })).toBe(
      '11/22/2026, 01:59:09 GMT-5',
    );
    expect(formatTime(instant, { language: 'en', timeZone: 'Asia/Shanghai' })).toBe('14:59:09');
  });

  it('formats numbers and lists in the language', () => {
    expect(formatNumber(12345, { language: 'en' })).toBe('12,345');
    expect(formatList(['ada', 'bob', 'cy'], { language: 'en' })).toBe('ada, bob, and cy');
    expect(formatList(['ada', 'bob', 'cy'], { language: 'zh-CN' })).toBe('ada、bob和cy');
  });
});
