/**
 * Decision D12: at most `limit` accepted calls in any sliding one-second window. A ring buffer
 * holds the times of the last `limit` accepted calls; a call is accepted when the oldest of them
 * is a full window old. Rejected calls are not recorded.
 */
export class SlidingWindowLimiter {
  readonly limit: number;
  private readonly windowMs: number;
  private readonly acceptedAt: Float64Array;
  private next = 0;

  constructor(limit: number, windowMs = 1000) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.acceptedAt = new Float64Array(limit).fill(Number.NEGATIVE_INFINITY);
  }

  tryAcquire(nowMs: number): boolean {
    const oldest = this.acceptedAt[this.next] ?? Number.NEGATIVE_INFINITY;
    if (nowMs - oldest < this.windowMs) return false;
    this.acceptedAt[this.next] = nowMs;
    this.next = (this.next + 1) % this.limit;
    return true;
  }
}
