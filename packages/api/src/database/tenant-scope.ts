import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The caller's view of the database: every practice-owned query starts here, already limited to
 * the caller's practice, so no service filters by memory. Add conditions with `andWhere`:
 * `where` would replace the practice condition.
 */
export class TenantScope {
  constructor(
    readonly manager: EntityManager,
    readonly practiceId: string,
  ) {}

  /** Runs `work` in one transaction, with a scope whose queries all belong to it. */
  transaction<T>(work: (scope: TenantScope) => Promise<T>): Promise<T> {
    return this.manager.transaction((manager) => work(new TenantScope(manager, this.practiceId)));
  }

  /** Raw SQL for what the query builder cannot say: `$1` is the practice, `params` follow. */
  query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.manager.query(sql, [this.practiceId, ...params]);
  }

  select<Entity extends ObjectLiteral>(
    entity: EntityTarget<Entity>,
    alias: string,
  ): SelectQueryBuilder<Entity> {
    return this.manager
      .createQueryBuilder(entity, alias)
      .where(`${alias}.practiceId = :scopePracticeId`, { scopePracticeId: this.practiceId });
  }
}
