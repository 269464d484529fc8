import { Badge, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';

import { sessionQuery, VIEWER_READ_ONLY } from '@/api/session-query';

/** Who the proxy thinks you are, and what that role may do. */
export function SessionBadge() {
  const { data } = useQuery(sessionQuery);
  if (!data) return null;
  const viewer = data.role === 'viewer';
  const who = data.signedIn ? data.identity : 'local';
  return (
    <Tooltip
      label={
        viewer
          ? `${VIEWER_READ_ONLY}: ask for the operator role to change anything.`
          : 'Operators may read and change data.'
      }
    >
      <Badge
        variant="light"
        color={viewer ? 'gray' : 'indigo'}
        size="lg"
        tt="none"
        data-testid="session-badge"
        data-role={data.role}
      >
        {who} · {data.role}
      </Badge>
    </Tooltip>
  );
}
