import { Button, type ButtonProps, type ElementProps, Tooltip } from '@mantine/core';
import type { ReactElement } from 'react';

/**
 * Explains a disabled write control on hover ("Viewers can only read"); a disabled button fires
 * no pointer events, so the tooltip listens on a wrapper. Keyboard and screen-reader users get
 * the group's label, and the shell's viewer notice says the same on every screen.
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
      <span style={{ display: 'inline-block' }} role="group" aria-label={readOnlyReason}>
        {children}
      </span>
    </Tooltip>
  );
}

/** A write button: disabled for a viewer, and saying why on hover (see WriteGuard). */
export function WriteButton({
  readOnlyReason,
  disabled,
  ...props
}: ButtonProps &
  ElementProps<'button', keyof ButtonProps> & { readOnlyReason: string | undefined }) {
  return (
    <WriteGuard readOnlyReason={readOnlyReason}>
      <Button {...props} disabled={disabled === true || readOnlyReason !== undefined} />
    </WriteGuard>
  );
}
