import type { CallRecord } from '@/shared/contract/emulator-control';

/** The most recent calls, newest first, for QA and tests (GET /__emulator/calls). */
export class CallLog {
  private readonly records: CallRecord[] = [];
  private nextId = 1;
  private readonly capacity: number;

  constructor(capacity = 1000) {
    this.capacity = capacity;
  }

  add(record: Omit<CallRecord, 'id'>): void {
    this.records.push({ ...record, id: this.nextId++ });
    if (this.records.length > this.capacity) this.records.shift();
  }

  recent(limit = 100, api?: string): CallRecord[] {
    const matching = api ? this.records.filter((record) => record.api === api) : this.records;
    return matching.slice(-limit).reverse();
  }

  clear(): void {
    this.records.length = 0;
  }
}
