/**
 * Calls `apply` with the latest value at most once per animation frame: answers can stream in
 * far faster than a screen refreshes, and each extra render only costs time.
 */
export function frameThrottle<T>(apply: (value: T) => void): (value: T) => void {
  let latest: { value: T } | undefined;
  let scheduled = false;
  return (value) => {
    latest = { value };
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (latest) apply(latest.value);
    });
  };
}
