import { Initial1763888400000 } from './1763888400000-Initial';
import { DatabaseRules1763888400001 } from './1763888400001-DatabaseRules';
import { TotpReplayGuard1763888400100 } from './1763888400100-TotpReplayGuard';
import { RowLevelSecurity1763888400200 } from './1763888400200-RowLevelSecurity';
import { PendingNotesIndex1763888400300 } from './1763888400300-PendingNotesIndex';
import { SessionLookup1763888400400 } from './1763888400400-SessionLookup';
import { SessionLookupPlan1763888400500 } from './1763888400500-SessionLookupPlan';
import { SessionFiguresIndex1763888400600 } from './1763888400600-SessionFiguresIndex';
import { TenantPolicySettingsOnce1763888400700 } from './1763888400700-TenantPolicySettingsOnce';

/** Every migration, in order. Listed explicitly so the compiled app and Jest load the same set. */
export const migrations = [
  Initial1763888400000,
  DatabaseRules1763888400001,
  TotpReplayGuard1763888400100,
  RowLevelSecurity1763888400200,
  PendingNotesIndex1763888400300,
  SessionLookup1763888400400,
  SessionLookupPlan1763888400500,
  SessionFiguresIndex1763888400600,
  TenantPolicySettingsOnce1763888400700,
];
