import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AuthSession } from '../modules/auth/auth-session.entity';
import { PasswordReset } from '../modules/auth/password-reset.entity';
import { SignInAttempt } from '../modules/auth/sign-in-attempt.entity';
import { Client } from '../modules/client/client.entity';
import { ClientAssignment } from '../modules/client/client-assignment.entity';
import { TherapySession } from '../modules/client/therapy-session.entity';
import { Contact } from '../modules/contact/contact.entity';
import { Relationship } from '../modules/contact/relationship.entity';
import { Group } from '../modules/group/group.entity';
import { GroupMembership } from '../modules/group/group-membership.entity';
import { Invitation } from '../modules/invitation/invitation.entity';
import { OutboxMail } from '../modules/mail/outbox-mail.entity';
import { Practice } from '../modules/practice/practice.entity';
import { PermissionOverride } from '../modules/role/permission-override.entity';
import { Role } from '../modules/role/role.entity';
import { RoleAssignment } from '../modules/role/role-assignment.entity';
import { StaffMember } from '../modules/staff/staff-member.entity';
import { MfaRecoveryCode } from '../modules/user/mfa-recovery-code.entity';
import { User } from '../modules/user/user.entity';

export const entities = [
  Practice,
  User,
  MfaRecoveryCode,
  StaffMember,
  Role,
  RoleAssignment,
  PermissionOverride,
  Group,
  GroupMembership,
  Client,
  ClientAssignment,
  TherapySession,
  Contact,
  Relationship,
  Invitation,
  AuthSession,
  PasswordReset,
  SignInAttempt,
  AuditEvent,
  OutboxMail,
];
