import { Badge, Group, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { normalizePlan, type Plan, type PlanChanges, pairKey } from '@/shared/contract/plan';

import { KIND_COLORS } from './plan-changes-table';
import classes from './plan-picture.module.css';

const CELL = 26;
/** Column labels read bottom to top; the header is as tall as the longest, up to a limit. */
const CHAR_HEIGHT = 7.5;
const HEADER_MAX = 120;
/** Rows rendered beyond the visible ones, so a fast scroll does not show blanks. */
const OVERSCAN = 8;
/** Up to this many accounts every row is rendered; beyond, only the rows in view. */
const WINDOWED_FROM = 60;

type PairKind = 'unblock' | 'delete' | 'add' | 'fix' | 'block';
const PAIR_KINDS: PairKind[] = ['add', 'delete', 'fix', 'block', 'unblock'];
const SYMBOLS: Record<PairKind | 'kept', string> = {
  add: '+',
  delete: '−',
  fix: '✎',
  block: '⊘',
  unblock: '○',
  kept: '•',
};

const markerStyle = (color: string): CSSProperties => ({
  background: `var(--mantine-color-${color}-light)`,
  color: `var(--mantine-color-${color}-light-color)`,
});

/** What each From_Account → To_Account cell shows: its changes, or that the plan keeps it. */
function cellsOf(plan: Plan, changes: PlanChanges) {
  const cells = new Map<string, PairKind[]>();
  const mark = (from: string, to: string, kind: PairKind) => {
    const key = pairKey(from, to);
    const kinds = cells.get(key) ?? [];
    if (!kinds.includes(kind)) kinds.push(kind);
    cells.set(key, kinds);
  };
  for (const kind of PAIR_KINDS) {
    for (const change of changes[kind]) {
      mark(change.From_Account, change.To_Account, kind);
      // An add both ways makes the reverse entry too.
      if ('AddType' in change && change.AddType === 'Add_Type_Both') {
        mark(change.To_Account, change.From_Account, kind);
      }
    }
  }
  const wanted = normalizePlan(plan);
  return { cells, kept: new Set(wanted.entries.keys()), accounts: [...wanted.accounts.keys()] };
}

/**
 * The diff as a picture: accounts × accounts, each cell what changes in the row's friend list
 * (or blocklist) about the column. Rows are rendered as they scroll into view, so a plan of a
 * few hundred accounts stays quick.
 */
export function PlanPicture({ plan, changes }: { plan: Plan; changes: PlanChanges }) {
  const { t } = useTranslation('plans');
  const { cells, kept, accounts } = useMemo(() => cellsOf(plan, changes), [plan, changes]);
  const imports = useMemo(() => new Set(changes.import), [changes]);
  const profiles = useMemo(() => new Set(changes.profiles.map((p) => p.UserID)), [changes]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the rows are read in this render only
  const rows = useVirtualizer({
    count: accounts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CELL,
    overscan: OVERSCAN,
    enabled: accounts.length > WINDOWED_FROM,
  });
  const counts = Object.fromEntries(
    PAIR_KINDS.map((kind) => [kind, changes[kind].length]),
  ) as Record<PairKind, number>;
  const headerHeight = Math.min(
    HEADER_MAX,
    16 + CHAR_HEIGHT * Math.max(0, ...accounts.map((account) => account.length)),
  );
  const windowed = accounts.length > WINDOWED_FROM;
  const items = windowed
    ? rows.getVirtualItems()
    : accounts.map((_, index) => ({ index, start: index * CELL, end: (index + 1) * CELL }));
  const before = items[0]?.start ?? 0;
  const after = windowed ? rows.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const describeAccount = (account: string) =>
    imports.has(account)
      ? t('picture.imported', { account })
      : profiles.has(account)
        ? t('picture.profile', { account })
        : account;

  return (
    <Stack gap="xs">
      <PictureLegend counts={counts} />
      <Text size="xs" c="dimmed">
        {t('picture.caption')}
      </Text>
      <div ref={scrollRef} className={classes.scroller} data-testid="plan-picture">
        <table className={classes.grid} aria-label={t('picture.label')}>
          <thead>
            <tr>
              <td className={classes.corner} />
              {accounts.map((account) => (
                <th
                  key={account}
                  scope="col"
                  className={classes.columnHeader}
                  style={{ width: CELL, minWidth: CELL, height: headerHeight }}
                  title={describeAccount(account)}
                >
                  <span className={classes.columnLabel} style={{ maxHeight: headerHeight - 8 }}>
                    {account}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {before > 0 && <tr aria-hidden style={{ height: before }} />}
            {items.map((item) => {
              const from = accounts[item.index] ?? '';
              return (
                <tr key={from} style={{ height: CELL }}>
                  <th
                    scope="row"
                    className={classes.rowHeader}
                    title={describeAccount(from)}
                    style={imports.has(from) ? markerStyle(KIND_COLORS.import) : undefined}
                  >
                    {from}
                  </th>
                  {accounts.map((to) => (
                    <PictureCell
                      key={to}
                      from={from}
                      to={to}
                      kinds={cells.get(pairKey(from, to))}
                      kept={kept}
                    />
                  ))}
                </tr>
              );
            })}
            {after > 0 && <tr aria-hidden style={{ height: after }} />}
          </tbody>
        </table>
      </div>
    </Stack>
  );
}

/** The kinds of change with their counts, and the mark for what stays. */
function PictureLegend({ counts }: { counts: Record<PairKind, number> }) {
  const { t } = useTranslation('plans');
  return (
    <Group gap="xs" aria-label={t('picture.title')} role="list">
      {PAIR_KINDS.map((kind) => (
        <Badge
          key={kind}
          role="listitem"
          variant="outline"
          color="gray"
          tt="none"
          fw={500}
          leftSection={
            <span aria-hidden className={classes.marker} style={markerStyle(KIND_COLORS[kind])}>
              {SYMBOLS[kind]}
            </span>
          }
        >
          {t(`kinds.${kind}`)}: {counts[kind]}
        </Badge>
      ))}
      <Badge
        role="listitem"
        variant="outline"
        color="gray"
        tt="none"
        fw={500}
        leftSection={
          <span aria-hidden className={classes.marker}>
            {SYMBOLS.kept}
          </span>
        }
      >
        {t('picture.kept')}
      </Badge>
    </Group>
  );
}

/** One pair: what changes in `from`'s lists about `to`, or that it stays. */
function PictureCell({
  from,
  to,
  kinds,
  kept,
}: {
  from: string;
  to: string;
  kinds: PairKind[] | undefined;
  kept: ReadonlySet<string>;
}) {
  const { t } = useTranslation('plans');
  if (to === from) return <td className={`${classes.cell} ${classes.self}`} />;
  if (!kinds) {
    return (
      <td className={classes.cell}>
        {kept.has(pairKey(from, to)) && (
          <span title={`${from} → ${to}: ${t('picture.kept')}`}>{SYMBOLS.kept}</span>
        )}
      </td>
    );
  }
  const label = t('picture.cell', {
    from,
    to,
    changes: kinds.map((kind) => t(`kinds.${kind}`)).join(', '),
  });
  const last = kinds.at(-1) ?? 'add';
  return (
    <td
      className={classes.cell}
      data-change={kinds.join(' ')}
      style={markerStyle(KIND_COLORS[last])}
      aria-label={label}
      title={label}
    >
      {kinds.map((kind) => SYMBOLS[kind]).join('')}
    </td>
  );
}
