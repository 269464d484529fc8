import { Title, type TitleProps } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A polite live region that stays mounted, so screen readers read each outcome put inside it
 * (a region mounted together with its text is often not announced at all).
 */
export function LiveRegion({
  children,
  label,
  testId,
}: {
  children?: ReactNode;
  label: string;
  testId?: string;
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label={label}
      data-testid={testId}
    >
      {children}
    </div>
  );
}

/**
 * A heading that takes focus whenever `focusKey` changes to a new defined value (an action
 * finished), so keyboard and screen-reader users land on the result, not on `<body>`.
 */
export function ResultHeading({
  focusKey,
  ...props
}: TitleProps & { focusKey: string | number | undefined }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey !== undefined) ref.current?.focus();
  }, [focusKey]);
  // Not in the tab order, so no focus ring: the ring would frame a heading nobody can act on.
  return <Title ref={ref} tabIndex={-1} style={{ outline: 'none' }} {...props} />;
}
