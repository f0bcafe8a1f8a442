import './enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { ClientResolver } from '../modules/client/client.resolver';
import {
  ClientAssignmentChangeResolver,
  ClientAssignmentResolver,
} from '../modules/client/client-assignment.resolver';
import { ClientCaseloadResolver } from '../modules/client/client-caseload.resolver';
import { ClientEditingResolver } from '../modules/client/client-editing.resolver';
import { ClientMatchingResolver } from '../modules/client/client-matching.resolver';
import {
  ClientRelationshipsResolver,
  ContactResolver,
  RelationshipResolver,
} from '../modules/contact/contact.resolver';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver';
import { GroupResolver } from '../modules/group/group.resolver';
import { InvitationResolver } from '../modules/invitation/invitation.resolver';
import { MailResolver } from '../modules/mail/mail.resolver';
import {
  PermissionOverrideResolver,
  PermissionResolver,
} from '../modules/permission/permission.resolver';
import { PracticeResolver } from '../modules/practice/practice.resolver';
import { RoleResolver } from '../modules/role/role.resolver';
import { StaffResolver } from '../modules/staff/staff.resolver';
import { StaffProfileResolver } from '../modules/staff/staff-profile.resolver';
import { DateTimeISO } from './date-time';

export function buildGraphqlSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    resolvers: [
      AuditResolver,
      AuthResolver,
      ClientAssignmentChangeResolver,
      ClientAssignmentResolver,
      ClientCaseloadResolver,
      ClientEditingResolver,
      ClientMatchingResolver,
      ClientRelationshipsResolver,
      ClientResolver,
      ContactResolver,
      DashboardResolver,
      InvitationResolver,
      MailResolver,
      PermissionOverrideResolver,
      PermissionResolver,
      PracticeResolver,
      RelationshipResolver,
      RoleResolver,
      StaffResolver,
      GroupResolver,
      StaffProfileResolver,
    ],
  });
}
