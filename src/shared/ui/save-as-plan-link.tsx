import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { savePlanPath } from '@/shared/lib/links';

/** "Save as plan" for a finished matrix run; renders nothing while there is none. */
export function SaveAsPlanLink({ matrixRunId }: { matrixRunId: string | undefined }) {
  const { t } = useTranslation('common');
  if (!matrixRunId) return null;
  return (
    <Button
      component={Link}
      to={savePlanPath(matrixRunId)}
      variant="default"
      size="xs"
      w="fit-content"
    >
      {t('savePlan.link')}
    </Button>
  );
}
