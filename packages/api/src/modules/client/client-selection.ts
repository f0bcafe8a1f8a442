import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from '../../graphql/selection';
import { allOptionalClientFields, type OptionalClientField } from './client.service';
import type { CaseloadParts } from './client.types';

const caseloadParts: readonly (keyof CaseloadParts)[] = ['direct', 'primary', 'walkIns'];

/** The optional client fields the query selects on the clients of the caseload `info`'s field answers with. */
export function caseloadClientFieldsSelected(info: GraphQLResolveInfo): OptionalClientField[] {
  const names = selectedFieldNames(info, caseloadParts);
  return allOptionalClientFields.filter((field) => names.has(field));
}
