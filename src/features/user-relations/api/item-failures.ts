import { infoInWords } from '@/api/describe-failure';

/** Per-item failures of a write, in words; an empty list means every account succeeded. */
export function itemFailures(
  items: { To_Account: string; ResultCode: number; ResultInfo: string }[] = [],
): string[] {
  return items
    .filter((item) => item.ResultCode !== 0)
    .map(
      (item) =>
        `${item.To_Account}: ${item.ResultCode} ${infoInWords(item.ResultCode, item.ResultInfo)}`,
    );
}
