import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { faultsQuery } from '@/api/faults-query';

/**
 * Says in the header, on every screen, that the emulator is failing on purpose. It polls, as a
 * test suite may add rules behind the console's back.
 */
export function FaultsIndicator() {
  const { t } = useTranslation();
  const { data: faults = [] } = useQuery({
    ...faultsQuery,
    refetchInterval: 5000,
  });
  if (faults.length === 0) return null;
  return (
    <Badge
      component={Link}
      to="/emulator"
      color="red"
      variant="filled"
      size="md"
      tt="none"
      data-testid="faults-indicator"
      style={{ cursor: 'pointer' }}
    >
      {t('faultsActive', { count: faults.length })}
    </Badge>
  );
}
