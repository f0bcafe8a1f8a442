import { type PracticePlan, roleTemplates } from '@caseload/shared';
import type { EntityManager } from 'typeorm';
import { Practice } from '../modules/practice/practice.entity';
import { Role } from '../modules/role/role.entity';

export interface NewPracticeInput {
  name: string;
  plan: PracticePlan;
  /** IANA zone, e.g. America/Chicago. */
  timezone: string;
}

export interface CreatedPractice {
  practice: Practice;
  /** The practice's roles by the key of the template each was made from ('owner', 'intern', ...). */
  rolesByKey: Map<string, Role>;
}

/**
 * Creates a practice with its settings at their defaults and the nine editable roles every new
 * practice starts with (one per entry of `roleTemplates`, `templateKey` = the template's key).
 * Runs on the caller's manager, so it joins the caller's transaction.
 */
export async function createPracticeWithRoleTemplates(
  manager: EntityManager,
  input: NewPracticeInput,
): Promise<CreatedPractice> {
  const practice = manager.create(Practice, {
    name: input.name,
    plan: input.plan,
    timezone: input.timezone,
  });
  // insert() merges the generated columns (id, defaults, timestamps) back into the entity.
  await manager.insert(Practice, practice);

  const roles = roleTemplates.map((template) =>
    manager.create(Role, {
      practiceId: practice.id,
      templateKey: template.key,
      name: template.name,
      description: template.description,
      permissions: [...template.permissions],
      requiresSupervision: template.requiresSupervision,
      canSupervise: template.canSupervise,
      billingModifier: template.billingModifier,
      archivedAt: null,
    }),
  );
  await manager.insert(Role, roles);

  const rolesByKey = new Map<string, Role>();
  for (const role of roles) rolesByKey.set(role.templateKey as string, role);
  return { practice, rolesByKey };
}
