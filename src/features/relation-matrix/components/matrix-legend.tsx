import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/shared/i18n';

import type { CellCode, RelationMatrix } from '../build-matrix';
import {
  BLOCKED_COLOR,
  BLOCKED_SYMBOL,
  CELL_COLORS,
  CELL_TEXT_COLOR,
  CELL_SYMBOLS,
  KIND_OF_CELL,
  legendLabel,
  type LegendKind,
} from '../relation-words';
import { FILTER_KINDS } from './use-matrix-view';

const CODE_OF_KIND = new Map(
  Object.entries(KIND_OF_CELL).map(([code, kind]) => [kind, Number(code) as CellCode]),
);

/**
 * The legend with running counts. Each chip is a toggle: pressed chips show only rows with such
 * cells and dim the rest.
 */
export function MatrixLegend({
  matrix,
  kinds,
  onToggle,
}: {
  matrix: RelationMatrix;
  kinds: ReadonlySet<LegendKind>;
  onToggle: (kind: LegendKind | undefined) => void;
}) {
  const { t } = useTranslation('relationMatrix');
  const format = useFormat();
  const counts = matrix.counts();
  return (
    <Group gap={6} role="group" aria-label={t('legend.label')} title={t('legend.hint')}>
      {FILTER_KINDS.map((kind) => {
        const code = CODE_OF_KIND.get(kind);
        const count = code === undefined ? matrix.blockedCount() : counts[code];
        return (
          <Button
            key={kind}
            size="compact-sm"
            radius="xl"
            fw={500}
            variant={kinds.has(kind) ? 'filled' : 'default'}
            aria-pressed={kinds.has(kind)}
            data-kind={kind}
            onClick={() => onToggle(kind)}
            leftSection={
              <span
                aria-hidden
                style={{
                  background: code === undefined ? BLOCKED_COLOR : CELL_COLORS[code],
                  color: CELL_TEXT_COLOR,
                  padding: '0 6px',
                  borderRadius: 4,
                }}
              >
                {code === undefined ? BLOCKED_SYMBOL : CELL_SYMBOLS[code]}
              </span>
            }
          >
            {t('legend.count', { label: legendLabel(kind), total: format.number(count) })}
          </Button>
        );
      })}
      {kinds.size > 0 && (
        <Button size="compact-sm" variant="subtle" onClick={() => onToggle(undefined)}>
          {t('legend.clear')}
        </Button>
      )}
    </Group>
  );
}
