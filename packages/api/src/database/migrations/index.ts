import { Initial1763888400000 } from './1763888400000-Initial';

/** Every migration, in order. Listed explicitly so the compiled app and Jest load the same set. */
export const migrations = [Initial1763888400000];
