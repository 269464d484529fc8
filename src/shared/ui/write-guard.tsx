import { Tooltip } from '@mantine/core';
import type { ReactElement } from 'react';

/**
 * Explains a disabled write control on hover and focus ("Viewers can only read"). A disabled
 * button fires no pointer events, so the tooltip listens on a wrapper.
 */
export function WriteGuard({
  readOnlyReason,
  children,
}: {
  readOnlyReason: string | undefined;
  children: ReactElement;
}) {
  if (!readOnlyReason) return children;
  return (
    <Tooltip label={readOnlyReason} withArrow>
      <span style={{ display: 'inline-block' }} tabIndex={0} aria-label={readOnlyReason}>
        {children}
      </span>
    </Tooltip>
  );
}
