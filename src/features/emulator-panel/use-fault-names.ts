import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { emulatorQueries } from './api/emulator-queries';
import { describeFaultRule } from './fault-words';

/**
 * Names fault ids (`fault-7`) by their rule. A rule used up or removed is gone from the emulator,
 * so the names seen in this tab are kept.
 */
export function useFaultNames(): (id: string) => string {
  const { t } = useTranslation('emulatorPanel');
  const { data: faults = [] } = useQuery(emulatorQueries.faults());
  const [seen, setSeen] = useState<ReadonlyMap<string, string>>(new Map());
  const unseen = faults.filter((rule) => !seen.has(rule.id));
  if (unseen.length > 0) {
    // Adjusting state while rendering (React's documented pattern): no extra effect pass.
    setSeen(
      new Map([...seen, ...unseen.map((rule) => [rule.id, describeFaultRule(rule)] as const)]),
    );
  }
  return (id) => seen.get(id) ?? t('faults.ruleRemoved', { id });
}
