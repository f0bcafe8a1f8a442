import {
  BillingModifier,
  ClientScope,
  ClientStatus,
  GroupKind,
  OverrideEffect,
  PracticePlan,
  RelationshipType,
  RiskLevel,
  StaffKind,
  StaffStatus,
} from '@caseload/shared';
import { registerEnumType } from 'type-graphql';

/** The shared vocabularies, exposed as GraphQL enums under the same names. */
registerEnumType(PracticePlan, {
  name: 'PracticePlan',
  description: 'What the practice pays for.',
});
registerEnumType(StaffKind, { name: 'StaffKind', description: 'What kind of member someone is.' });
registerEnumType(StaffStatus, {
  name: 'StaffStatus',
  description: 'Where a member is in their lifecycle, from invitation to removal.',
});
registerEnumType(BillingModifier, {
  name: 'BillingModifier',
  description: 'Insurance claim modifier a role bills under.',
});
registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'What a group of staff stands for.',
});
registerEnumType(OverrideEffect, {
  name: 'OverrideEffect',
  description: 'ALLOW grants a permission; DENY withholds it and beats every ALLOW.',
});
registerEnumType(ClientStatus, { name: 'ClientStatus' });
registerEnumType(RelationshipType, { name: 'RelationshipType' });
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(ClientScope, {
  name: 'ClientScope',
  description:
    "DIRECT: one therapist's client. PRACTICE: the practice's, with a primary therapist.",
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
