import type { Hono } from 'hono';

import type { EmulatorConfig, SeedName } from '@/shared/contract/emulator-control';
import type { AllowType } from '@/shared/contract/profile';

import type { CallLog } from './call-log';
import type { FaultRules } from './faults';
import type { EmulatorState } from './state';

export interface EmulatorOptions {
  sdkAppId?: number;
  secretKey?: string;
  admins?: string[];
  /** Milliseconds since the epoch; injected so tests can move time. */
  clock?: () => number;
  /** For fault rules with a probability. */
  random?: () => number;
  /** Decision D12's per-API limits; on by default, as on the real service. */
  rateLimit?: boolean;
  /** The seed used when no saved state exists, and by reset without a seed. */
  seed?: SeedName;
  defaultAllowType?: AllowType;
  /** Keep the state in this folder across restarts. */
  dataDir?: string;
  /** Custom profile and friend tags the app declares (Tag_Profile_Custom_*, Tag_SNS_Custom_*). */
  customTags?: string[];
}

export interface Emulator {
  app: Hono;
  readonly state: EmulatorState;
  readonly faults: FaultRules;
  readonly calls: CallLog;
  /** Resolve once the new state is on disk (with a data folder). */
  reset: (seed?: SeedName) => Promise<void>;
  replaceState: (state: EmulatorState) => Promise<void>;
  /** The scenario the state was last loaded from; null after an import or a state read from disk. */
  readonly loadedSeed: SeedName | null;
  config: EmulatorConfig;
  /** Resolves when every save to the data folder has ended. */
  flush: () => Promise<void>;
}
