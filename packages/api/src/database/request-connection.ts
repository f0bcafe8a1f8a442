import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** The database role row-level security applies to (created by the RowLevelSecurity migration). */
export const TENANT_ROLE = 'caseload_app';

export interface TenantIdentity {
  practiceId: string;
  userId: string;
}

/**
 * Select-list columns that switch the connection into a tenant's row-level security: the tenant
 * role and the practice and user its policies read. Authentication adds them to its own
 * statement, so entering costs no statement of its own. `practice` and `user` are SQL
 * expressions. The statement that carries them still runs as the owner: PostgreSQL checks a
 * statement's rights before it runs.
 */
export function enterTenantSql(practice: string, user: string): string {
  return `set_config('caseload.practice_id', ${practice}::text, false) AS "practiceSetting",
          set_config('caseload.user_id', ${user}::text, false) AS "userSetting",
          set_config('role', '${TENANT_ROLE}', false) AS "roleSetting"`;
}

/**
 * The one connection a request works on, from its first query to its response. Held for the
 * whole request because the tenant settings live on the connection: with a pool, the next query
 * could otherwise land on a connection set for somebody else. Connects on first use.
 */
export class RequestConnection {
  private readonly runner: QueryRunner;
  private tenant: TenantIdentity | null = null;

  constructor(dataSource: DataSource) {
    this.runner = dataSource.createQueryRunner();
  }

  /** Every query of the request goes through this manager (transactions included). */
  get manager(): EntityManager {
    return this.runner.manager;
  }

  /** Records that a statement built with `enterTenantSql` has run for this tenant. */
  enteredTenant(tenant: TenantIdentity): void {
    this.tenant = tenant;
  }

  /** Back to the owner role with no tenant: for a session found but no longer valid. */
  async leaveTenant(): Promise<void> {
    if (!this.tenant) return;
    await this.runner.query(
      `SELECT set_config('role', 'none', false), set_config('caseload.practice_id', '', false),
              set_config('caseload.user_id', '', false)`,
    );
    this.tenant = null;
  }

  /**
   * Runs `work` outside the caller's tenant, then enters it again. Only for flows that find
   * their practice from a token or an email before any session applies: signing in, a second
   * factor, an invitation link, a password-reset link.
   */
  async withoutTenant<T>(work: () => Promise<T>): Promise<T> {
    const tenant = this.tenant;
    await this.leaveTenant();
    try {
      return await work();
    } finally {
      if (tenant) {
        await this.runner.query(`SELECT ${enterTenantSql('$1::uuid', '$2::uuid')}`, [
          tenant.practiceId,
          tenant.userId,
        ]);
        this.tenant = tenant;
      }
    }
  }

  /** Leaves the tenant and gives the connection back to the pool. */
  async release(): Promise<void> {
    if (this.runner.isReleased) return;
    try {
      await this.leaveTenant();
    } catch (error) {
      // A connection still set for a tenant must never serve another request: close it instead.
      await (this.runner as unknown as ClosingRunner).releasePostgresConnection(error);
      throw error;
    }
    await this.runner.release();
  }
}

/** TypeORM's Postgres runner closes its connection when released with an error (private in its types). */
interface ClosingRunner {
  releasePostgresConnection(error: unknown): Promise<void>;
}
