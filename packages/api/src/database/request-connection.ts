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
 * Where requests take their connections. On a PostgreSQL server, requests with a session token
 * have a pool of their own whose connections keep the last request's tenant: the next session
 * statement enters its own from any other (caseload_session runs as the owner), so leaving costs
 * no statement. Anonymous requests and all work that is not a request (migrations, the mail
 * worker, seeds, tests' checks) use the owner's pool, whose connections never enter a tenant.
 * Embedded PostgreSQL serves every connection on one session, so there requests share the
 * owner's pool and leave their tenant before giving a connection back.
 */
export class RequestConnections {
  constructor(
    private readonly ownerPool: DataSource,
    private readonly tenantPool?: DataSource,
  ) {}

  /** Whether a signed-in request's connection keeps its tenant when released. */
  get keepTenants(): boolean {
    return this.tenantPool !== undefined;
  }

  /** The data source signed-in requests work on (for tests that record their statements). */
  get signedInPool(): DataSource {
    return this.tenantPool ?? this.ownerPool;
  }

  async initialize(): Promise<void> {
    await this.tenantPool?.initialize();
  }

  /** A request's connection, from the tenant pool when the request carries a session token. */
  forRequest(hasSessionToken: boolean): RequestConnection {
    return hasSessionToken && this.tenantPool
      ? new RequestConnection(this.tenantPool.createQueryRunner(), UNKNOWN_TENANT)
      : new RequestConnection(this.ownerPool.createQueryRunner(), null);
  }

  async destroy(): Promise<void> {
    await this.tenantPool?.destroy();
  }
}

/** A tenant pool's connection before its session statement: it may hold any practice's tenant. */
const UNKNOWN_TENANT = 'unknown';

/**
 * The one connection a request works on, from its first query to its response. Held for the
 * whole request because the tenant settings live on the connection: with a pool, the next query
 * could otherwise land on a connection set for somebody else. Connects on first use.
 */
export class RequestConnection {
  /** A connection that came in holding a tenant goes back holding one (see RequestConnections). */
  private readonly keepsTenant: boolean;

  constructor(
    private readonly runner: QueryRunner,
    private tenant: TenantIdentity | typeof UNKNOWN_TENANT | null,
  ) {
    this.keepsTenant = tenant === UNKNOWN_TENANT;
  }

  /** Every query of the request goes through this manager (transactions included). */
  get manager(): EntityManager {
    return this.runner.manager;
  }

  /** Records that a statement built with `enterTenantSql` has run for this tenant. */
  enteredTenant(tenant: TenantIdentity): void {
    this.tenant = tenant;
  }

  /** Back to the owner role with no tenant: for a session not found or no longer valid. */
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
      if (tenant && tenant !== UNKNOWN_TENANT) {
        await this.runner.query(`SELECT ${enterTenantSql('$1::uuid', '$2::uuid')}`, [
          tenant.practiceId,
          tenant.userId,
        ]);
        this.tenant = tenant;
      }
    }
  }

  /** Gives the connection back to its pool, after leaving the tenant unless the pool keeps it. */
  async release(): Promise<void> {
    if (this.runner.isReleased) return;
    if (!this.keepsTenant) {
      try {
        await this.leaveTenant();
      } catch (error) {
        // A shared connection still set for a tenant must never serve other work: close it instead.
        await (this.runner as unknown as ClosingRunner).releasePostgresConnection(error);
        throw error;
      }
    }
    await this.runner.release();
  }
}

/** TypeORM's Postgres runner closes its connection when released with an error (private in its types). */
interface ClosingRunner {
  releasePostgresConnection(error: unknown): Promise<void>;
}
