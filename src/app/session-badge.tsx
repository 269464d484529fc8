import { Badge, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { sessionQuery } from '@/api/session-query';

/** Who the proxy thinks you are, and what that role may do. */
export function SessionBadge() {
  const { data } = useQuery(sessionQuery);
  const { t } = useTranslation();
  if (!data) return null;
  const viewer = data.role === 'viewer';
  const who = data.signedIn ? data.identity : t('session.local');
  return (
    <Tooltip label={viewer ? t('session.viewerTooltip') : t('session.operatorTooltip')}>
      <Badge
        variant="light"
        color={viewer ? 'gray' : 'indigo'}
        size="md"
        tt="none"
        data-testid="session-badge"
        data-role={data.role}
      >
        {who} · {data.role}
      </Badge>
    </Tooltip>
  );
}
