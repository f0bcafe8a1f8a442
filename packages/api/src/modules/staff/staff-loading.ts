import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { selectedFieldNames } from '../../graphql/selection';
import { allComputedFields, type ComputedStaffField, type StaffRecord } from './staff.service';

// One entry per field of an operation: a list's rows share their field nodes.
const selectedComputedFields = new WeakMap<readonly FieldNode[], ComputedStaffField[]>();

/** The computed staff fields the query selects on the member(s) `info`'s field answers with. */
export function computedStaffFieldsSelected(info: GraphQLResolveInfo): ComputedStaffField[] {
  let fields = selectedComputedFields.get(info.fieldNodes);
  if (!fields) {
    const names = selectedFieldNames(info);
    fields = allComputedFields.filter((field) => names.has(field));
    selectedComputedFields.set(info.fieldNodes, fields);
  }
  return fields;
}

/** A member field's answer: at once when the request has read the member already. */
export type StaffAnswer = StaffRecord | null | Promise<StaffRecord | null>;

/**
 * The member `id` names, for a field that answers with them: batched with the request's other
 * member fields, and read with only the figures the query selects (a client's therapist by name
 * costs no caseload counts). A member already read answers at once when no figure is asked.
 */
export function loadStaffMember(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  id: string | null,
): StaffAnswer {
  if (!id) return null;
  const { loaders } = signedIn(ctx).viewer;
  const fields = computedStaffFieldsSelected(info);
  return (!fields.length && loaders.staffRead.get(id)) || loaders.staffById.load({ id, fields });
}
