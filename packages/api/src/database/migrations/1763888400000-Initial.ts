import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763888400000 implements MigrationInterface {
  name = 'Initial1763888400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid, "actorUserId" uuid, "actorStaffMemberId" uuid, "action" character varying(80) NOT NULL, "targetType" character varying(40) NOT NULL, "targetId" uuid, "changes" jsonb, "ipAddress" character varying(64), "userAgent" character varying(400), "requestId" character varying(64), "occurredAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_actor" ON "audit_event"  ("practiceId", "actorStaffMemberId", "occurredAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_target" ON "audit_event"  ("practiceId", "targetType", "targetId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_practice_time" ON "audit_event"  ("practiceId", "occurredAt") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."practice_plan" AS ENUM('SOLO', 'SOLO_PLUS', 'TEAM')`,
    );
    await queryRunner.query(
      `CREATE TABLE "practice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "plan" "public"."practice_plan" NOT NULL, "timezone" character varying(64) NOT NULL, "invitationLifetimeHours" integer NOT NULL DEFAULT '72', "idleSignOutMinutes" integer NOT NULL DEFAULT '30', "mfaRequired" boolean NOT NULL DEFAULT false, "supervisionEnabled" boolean NOT NULL DEFAULT true, "lastStaffNumber" integer NOT NULL DEFAULT '0', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_practice_idle_sign_out" CHECK ("idleSignOutMinutes" BETWEEN 5 AND 720), CONSTRAINT "CHK_practice_invitation_lifetime" CHECK ("invitationLifetimeHours" BETWEEN 1 AND 720), CONSTRAINT "PK_4d094a10eae690da34cc5b8ea32" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "passwordHash" character varying(255), "mustChangePassword" boolean NOT NULL DEFAULT false, "mfaSecret" character varying(255), "mfaEnabledAt" TIMESTAMP WITH TIME ZONE, "failedSignInCount" integer NOT NULL DEFAULT '0', "lockedUntil" TIMESTAMP WITH TIME ZONE, "lastSignInAt" TIMESTAMP WITH TIME ZONE, "passwordChangedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "activePracticeId" uuid, "tokenHash" character(64) NOT NULL, "awaitingSecondFactor" boolean NOT NULL DEFAULT false, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "ipAddress" character varying(64), "userAgent" character varying(400), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_auth_session_token_hash" ON "auth_session"  ("tokenHash") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_auth_session_user" ON "auth_session"  ("userId") `);
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "tokenHash" character(64) NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_05baebe80e9f8fab8207eda250" ON "password_reset"  ("userId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_password_reset_token_hash" ON "password_reset"  ("tokenHash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "emailNormalized" character varying(320) NOT NULL, "ipAddress" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "attemptedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_sign_in_attempt_address" ON "sign_in_attempt"  ("ipAddress", "attemptedAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_sign_in_attempt_email" ON "sign_in_attempt"  ("emailNormalized", "attemptedAt") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."group_kind" AS ENUM('TEAM', 'LOCATION', 'DEPARTMENT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(100) NOT NULL, "kind" "public"."group_kind" NOT NULL, "archivedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_981a07db71e6fbe14cf210b8af6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_staff_group_name" ON "staff_group"  ("practiceId", "kind", "name") WHERE "archivedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."staff_kind" AS ENUM('THERAPIST', 'STUDENT_THERAPIST', 'ADMIN_STAFF', 'EXTERNAL_AGENT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."staff_status" AS ENUM('INVITED', 'ACTIVE', 'ON_HOLD', 'INACTIVE', 'REMOVED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "userId" uuid, "kind" "public"."staff_kind" NOT NULL, "status" "public"."staff_status" NOT NULL, "statusReason" text, "statusChangedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "staffId" character varying(40) NOT NULL, "firstName" character varying(100) NOT NULL, "lastName" character varying(100) NOT NULL, "email" character varying(320) NOT NULL, "secondaryEmail" character varying(320), "primaryPhone" character varying(40), "secondaryPhone" character varying(40), "defaultPhone" character varying(10) NOT NULL DEFAULT 'PRIMARY', "title" character varying(100), "licenseNumber" character varying(60), "discipline" character varying(100), "compensationTier" character varying(60), "bio" text, "notificationSettings" jsonb NOT NULL DEFAULT '{}', "timezone" character varying(64), "supervisorId" uuid, "specialties" text array NOT NULL DEFAULT '{}', "weeklyAvailability" jsonb NOT NULL DEFAULT '[]', "caseloadCapacity" integer, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_staff_member_staff_id" UNIQUE ("practiceId", "staffId"), CONSTRAINT "CHK_staff_member_user_once_invited" CHECK ("userId" IS NOT NULL OR "status" IN ('INVITED', 'REMOVED')), CONSTRAINT "CHK_staff_member_capacity" CHECK ("caseloadCapacity" IS NULL OR "caseloadCapacity" >= 0), CONSTRAINT "CHK_staff_member_not_own_supervisor" CHECK ("supervisorId" IS NULL OR "supervisorId" <> "id"), CONSTRAINT "PK_342343208cbc30b3c14a976b0a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_staff_member_supervisor" ON "staff_member"  ("supervisorId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_staff_member_roster" ON "staff_member"  ("practiceId", "status", "lastName", "firstName") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_staff_member_user_per_practice" ON "staff_member"  ("practiceId", "userId") WHERE "status" <> 'REMOVED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_staff_member_one_practice_per_user" ON "staff_member"  ("userId") WHERE "kind" <> 'EXTERNAL_AGENT' AND "status" IN ('ACTIVE', 'ON_HOLD', 'INACTIVE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."client_status" AS ENUM('ACTIVE', 'INACTIVE', 'DISCHARGED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."risk_level" AS ENUM('LOW', 'MODERATE', 'HIGH', 'CRITICAL')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."client_scope" AS ENUM('DIRECT', 'PRACTICE')`);
    await queryRunner.query(
      `CREATE TABLE "client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "firstName" character varying(100) NOT NULL, "lastName" character varying(100) NOT NULL, "dateOfBirth" date NOT NULL, "status" "public"."client_status" NOT NULL DEFAULT 'ACTIVE', "riskLevel" "public"."risk_level" NOT NULL DEFAULT 'LOW', "scope" "public"."client_scope" NOT NULL, "therapistId" uuid, "neededSpecialties" text array NOT NULL DEFAULT '{}', "preferredLocationId" uuid, "preferredTimes" jsonb NOT NULL DEFAULT '[]', "dischargedAt" TIMESTAMP WITH TIME ZONE, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_client_direct_has_therapist" CHECK ("scope" <> 'DIRECT' OR "therapistId" IS NOT NULL), CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_client_practice_name" ON "client"  ("practiceId", "lastName", "firstName") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_client_therapist" ON "client"  ("practiceId", "therapistId", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "client_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "clientId" uuid NOT NULL, "fromTherapistId" uuid, "toTherapistId" uuid, "changedById" uuid, "reason" text NOT NULL, CONSTRAINT "PK_791387fd831b1e4513199065221" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_client_assignment_client" ON "client_assignment"  ("clientId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."session_status" AS ENUM('SCHEDULED', 'COMPLETED', 'NO_SHOW', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."note_status" AS ENUM('NONE', 'PENDING', 'SIGNED', 'COSIGN_REQUIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "therapy_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "clientId" uuid NOT NULL, "therapistId" uuid NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "durationMinutes" integer NOT NULL DEFAULT '50', "status" "public"."session_status" NOT NULL, "noteStatus" "public"."note_status" NOT NULL DEFAULT 'NONE', CONSTRAINT "CHK_therapy_session_duration" CHECK ("durationMinutes" > 0), CONSTRAINT "PK_e93fdabd0275685d8e6f7d288dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_therapy_session_therapist" ON "therapy_session"  ("therapistId", "clientId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_therapy_session_client" ON "therapy_session"  ("clientId", "startsAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "firstName" character varying(100) NOT NULL, "lastName" character varying(100) NOT NULL, "phone" character varying(40), "email" character varying(320), "assignedStaffMemberId" uuid, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_contact_name" ON "contact"  ("practiceId", "lastName", "firstName") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_contact_assigned" ON "contact"  ("practiceId", "assignedStaffMemberId") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."relationship_type" AS ENUM('PARENT', 'GUARDIAN', 'SPOUSE', 'PARTNER', 'SIBLING', 'CHILD', 'FRIEND', 'CASE_MANAGER', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "relationship" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "clientId" uuid NOT NULL, "contactId" uuid, "relatedClientId" uuid, "type" "public"."relationship_type" NOT NULL, "isEmergencyContact" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_relationship_not_self" CHECK ("relatedClientId" IS NULL OR "relatedClientId" <> "clientId"), CONSTRAINT "CHK_relationship_one_party" CHECK (("contactId" IS NULL) <> ("relatedClientId" IS NULL)), CONSTRAINT "PK_67eb56a3f16da3d901a8ae446a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_relationship_contact" ON "relationship"  ("contactId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_relationship_related_client" ON "relationship"  ("relatedClientId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_relationship_client" ON "relationship"  ("clientId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "group_membership" ("groupId" uuid NOT NULL, "staffMemberId" uuid NOT NULL, "practiceId" uuid NOT NULL, "joinedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74096f01be11a43aa66d46ff668" PRIMARY KEY ("groupId", "staffMemberId"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_group_membership_member" ON "group_membership"  ("staffMemberId") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED', 'SUPERSEDED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "staffMemberId" uuid NOT NULL, "email" character varying(320) NOT NULL, "tokenHash" character(64) NOT NULL, "status" "public"."invitation_status" NOT NULL DEFAULT 'PENDING', "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "invitedById" uuid, "closedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_invitation_token_hash" ON "invitation"  ("tokenHash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_invitation_staff_member" ON "invitation"  ("staffMemberId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."mail_status" AS ENUM('QUEUED', 'SENT', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_mail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid, "to" character varying(320) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text, "status" "public"."mail_status" NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT '0', "nextAttemptAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastError" text, "sentAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d209706daddb0762c743fb58634" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_mail_practice" ON "outbox_mail"  ("practiceId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_mail_due" ON "outbox_mail"  ("status", "nextAttemptAt") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."override_effect" AS ENUM('ALLOW', 'DENY')`);
    await queryRunner.query(
      `CREATE TABLE "permission_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "staffMemberId" uuid NOT NULL, "permission" character varying(60) NOT NULL, "effect" "public"."override_effect" NOT NULL, "reason" text NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE, "grantedById" uuid, CONSTRAINT "UQ_permission_override_member_permission" UNIQUE ("staffMemberId", "permission"), CONSTRAINT "CHK_permission_override_reason" CHECK (btrim("reason") <> ''), CONSTRAINT "PK_aa782689198cb5e855676f36f72" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."billing_modifier" AS ENUM('HO', 'HN', 'HP')`);
    await queryRunner.query(
      `CREATE TABLE "role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practiceId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "templateKey" character varying(40), "name" character varying(80) NOT NULL, "description" text NOT NULL DEFAULT '', "permissions" text array NOT NULL DEFAULT '{}', "requiresSupervision" boolean NOT NULL DEFAULT false, "canSupervise" boolean NOT NULL DEFAULT false, "billingModifier" "public"."billing_modifier", "archivedAt" TIMESTAMP WITH TIME ZONE, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_role_name_not_blank" CHECK (btrim("name") <> ''), CONSTRAINT "PK_b36bcfe02fc8de3c57a8b2391c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_role_name_per_practice" ON "role"  ("practiceId", "name") WHERE "archivedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "role_assignment" ("staffMemberId" uuid NOT NULL, "roleId" uuid NOT NULL, "practiceId" uuid NOT NULL, "assignedById" uuid, "assignedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d831cb0d4ce2ec4ddccd2d9042" PRIMARY KEY ("staffMemberId", "roleId"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_role_assignment_role" ON "role_assignment"  ("roleId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mfa_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "codeHash" character varying(255) NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cdbbb187d9498f3aee029649fbf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8b40b5199fd41b290f9441bbc6" ON "mfa_recovery_code"  ("userId") `,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "FK_c072b729d71697f959bde66ade0" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "FK_474e97debe32120c83fb514c1ee" FOREIGN KEY ("activePracticeId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_05baebe80e9f8fab8207eda250c" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_group" ADD CONSTRAINT "FK_48cbd7225901569bec38ea74cd0" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_member" ADD CONSTRAINT "FK_60384b9b3379a7555a2aaa181e6" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_member" ADD CONSTRAINT "FK_b567cf2b32d4fafc6b0d9a6c778" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_member" ADD CONSTRAINT "FK_47c455f50bd879625e7fdd73144" FOREIGN KEY ("supervisorId") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client" ADD CONSTRAINT "FK_c1cf1fdf5ffa200256239097672" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client" ADD CONSTRAINT "FK_4d18b7f80cec4a6788c28170825" FOREIGN KEY ("therapistId") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client" ADD CONSTRAINT "FK_56502c0e02499a257af83ccedef" FOREIGN KEY ("preferredLocationId") REFERENCES "staff_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" ADD CONSTRAINT "FK_cca668050ea9009d5de96e98bd1" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" ADD CONSTRAINT "FK_2303da072e08b90259834de58fa" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" ADD CONSTRAINT "FK_7966195b481a7d3a9567826051d" FOREIGN KEY ("fromTherapistId") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" ADD CONSTRAINT "FK_d46df43dbf58b414b430e44d28f" FOREIGN KEY ("toTherapistId") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" ADD CONSTRAINT "FK_5fdd2fb075622b936d4c2c9f336" FOREIGN KEY ("changedById") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "therapy_session" ADD CONSTRAINT "FK_3386543becceec13554cef0f48f" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "therapy_session" ADD CONSTRAINT "FK_52d1583ea8d2b68f2898f0491e8" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "therapy_session" ADD CONSTRAINT "FK_b4ac79d5a88cfe0c3b4a585ec6a" FOREIGN KEY ("therapistId") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "FK_e776d102612c6e36c73e60d0cb9" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "FK_271a7e6b6be8d3c79e8ed5f2a8d" FOREIGN KEY ("assignedStaffMemberId") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" ADD CONSTRAINT "FK_c069ffb0f5ec6067ebd463374d2" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" ADD CONSTRAINT "FK_f40d075882d6872b20d9aafc174" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" ADD CONSTRAINT "FK_01d1f752a3cfe83a6f46dd331e0" FOREIGN KEY ("contactId") REFERENCES "contact"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" ADD CONSTRAINT "FK_057829fcbe0bc8794d59df10e91" FOREIGN KEY ("relatedClientId") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_membership" ADD CONSTRAINT "FK_b99383a99d5de9707259f5a361c" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_membership" ADD CONSTRAINT "FK_b1411f07fafcd5ad93c6ee16424" FOREIGN KEY ("groupId") REFERENCES "staff_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_membership" ADD CONSTRAINT "FK_6f1d2a8e54c7c411b289a3e5905" FOREIGN KEY ("staffMemberId") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_505e18c126aa26bfbe987531187" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_d47d8e126cdb77ef03fc06cd399" FOREIGN KEY ("staffMemberId") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_603764233ba5c97400836665523" FOREIGN KEY ("invitedById") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "permission_override" ADD CONSTRAINT "FK_71ee60992a83bfaeab47ab75140" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "permission_override" ADD CONSTRAINT "FK_b6127b8237b84beead6df76f52f" FOREIGN KEY ("staffMemberId") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "permission_override" ADD CONSTRAINT "FK_8d4f8c690090837445040606c62" FOREIGN KEY ("grantedById") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role" ADD CONSTRAINT "FK_d32edba9da9168e61f1438abcac" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_2d16404b02ce3cd3251d97800a2" FOREIGN KEY ("practiceId") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_4292b3598d5ee46f17beb003618" FOREIGN KEY ("staffMemberId") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_f0de67fd09cd3cd0aabca79994d" FOREIGN KEY ("roleId") REFERENCES "role"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mfa_recovery_code" ADD CONSTRAINT "FK_8b40b5199fd41b290f9441bbc6e" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mfa_recovery_code" DROP CONSTRAINT "FK_8b40b5199fd41b290f9441bbc6e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_f0de67fd09cd3cd0aabca79994d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_4292b3598d5ee46f17beb003618"`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_2d16404b02ce3cd3251d97800a2"`,
    );
    await queryRunner.query(`ALTER TABLE "role" DROP CONSTRAINT "FK_d32edba9da9168e61f1438abcac"`);
    await queryRunner.query(
      `ALTER TABLE "permission_override" DROP CONSTRAINT "FK_8d4f8c690090837445040606c62"`,
    );
    await queryRunner.query(
      `ALTER TABLE "permission_override" DROP CONSTRAINT "FK_b6127b8237b84beead6df76f52f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "permission_override" DROP CONSTRAINT "FK_71ee60992a83bfaeab47ab75140"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_603764233ba5c97400836665523"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_d47d8e126cdb77ef03fc06cd399"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_505e18c126aa26bfbe987531187"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_membership" DROP CONSTRAINT "FK_6f1d2a8e54c7c411b289a3e5905"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_membership" DROP CONSTRAINT "FK_b1411f07fafcd5ad93c6ee16424"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_membership" DROP CONSTRAINT "FK_b99383a99d5de9707259f5a361c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" DROP CONSTRAINT "FK_057829fcbe0bc8794d59df10e91"`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" DROP CONSTRAINT "FK_01d1f752a3cfe83a6f46dd331e0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" DROP CONSTRAINT "FK_f40d075882d6872b20d9aafc174"`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" DROP CONSTRAINT "FK_c069ffb0f5ec6067ebd463374d2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" DROP CONSTRAINT "FK_271a7e6b6be8d3c79e8ed5f2a8d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" DROP CONSTRAINT "FK_e776d102612c6e36c73e60d0cb9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "therapy_session" DROP CONSTRAINT "FK_b4ac79d5a88cfe0c3b4a585ec6a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "therapy_session" DROP CONSTRAINT "FK_52d1583ea8d2b68f2898f0491e8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "therapy_session" DROP CONSTRAINT "FK_3386543becceec13554cef0f48f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" DROP CONSTRAINT "FK_5fdd2fb075622b936d4c2c9f336"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" DROP CONSTRAINT "FK_d46df43dbf58b414b430e44d28f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" DROP CONSTRAINT "FK_7966195b481a7d3a9567826051d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" DROP CONSTRAINT "FK_2303da072e08b90259834de58fa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_assignment" DROP CONSTRAINT "FK_cca668050ea9009d5de96e98bd1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client" DROP CONSTRAINT "FK_56502c0e02499a257af83ccedef"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client" DROP CONSTRAINT "FK_4d18b7f80cec4a6788c28170825"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client" DROP CONSTRAINT "FK_c1cf1fdf5ffa200256239097672"`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_member" DROP CONSTRAINT "FK_47c455f50bd879625e7fdd73144"`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_member" DROP CONSTRAINT "FK_b567cf2b32d4fafc6b0d9a6c778"`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_member" DROP CONSTRAINT "FK_60384b9b3379a7555a2aaa181e6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_group" DROP CONSTRAINT "FK_48cbd7225901569bec38ea74cd0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" DROP CONSTRAINT "FK_05baebe80e9f8fab8207eda250c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_session" DROP CONSTRAINT "FK_474e97debe32120c83fb514c1ee"`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_session" DROP CONSTRAINT "FK_c072b729d71697f959bde66ade0"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_8b40b5199fd41b290f9441bbc6"`);
    await queryRunner.query(`DROP TABLE "mfa_recovery_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_role_assignment_role"`);
    await queryRunner.query(`DROP TABLE "role_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_role_name_per_practice"`);
    await queryRunner.query(`DROP TABLE "role"`);
    await queryRunner.query(`DROP TYPE "public"."billing_modifier"`);
    await queryRunner.query(`DROP TABLE "permission_override"`);
    await queryRunner.query(`DROP TYPE "public"."override_effect"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_mail_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_mail_practice"`);
    await queryRunner.query(`DROP TABLE "outbox_mail"`);
    await queryRunner.query(`DROP TYPE "public"."mail_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_invitation_staff_member"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_invitation_token_hash"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_group_membership_member"`);
    await queryRunner.query(`DROP TABLE "group_membership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_relationship_client"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_relationship_related_client"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_relationship_contact"`);
    await queryRunner.query(`DROP TABLE "relationship"`);
    await queryRunner.query(`DROP TYPE "public"."relationship_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contact_assigned"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contact_name"`);
    await queryRunner.query(`DROP TABLE "contact"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_therapy_session_client"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_therapy_session_therapist"`);
    await queryRunner.query(`DROP TABLE "therapy_session"`);
    await queryRunner.query(`DROP TYPE "public"."note_status"`);
    await queryRunner.query(`DROP TYPE "public"."session_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_client_assignment_client"`);
    await queryRunner.query(`DROP TABLE "client_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_client_therapist"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_client_practice_name"`);
    await queryRunner.query(`DROP TABLE "client"`);
    await queryRunner.query(`DROP TYPE "public"."client_scope"`);
    await queryRunner.query(`DROP TYPE "public"."risk_level"`);
    await queryRunner.query(`DROP TYPE "public"."client_status"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_staff_member_one_practice_per_user"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_staff_member_user_per_practice"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_staff_member_roster"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_staff_member_supervisor"`);
    await queryRunner.query(`DROP TABLE "staff_member"`);
    await queryRunner.query(`DROP TYPE "public"."staff_status"`);
    await queryRunner.query(`DROP TYPE "public"."staff_kind"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_staff_group_name"`);
    await queryRunner.query(`DROP TABLE "staff_group"`);
    await queryRunner.query(`DROP TYPE "public"."group_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_attempt_email"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_attempt_address"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_password_reset_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05baebe80e9f8fab8207eda250"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_auth_session_user"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_auth_session_token_hash"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TABLE "practice"`);
    await queryRunner.query(`DROP TYPE "public"."practice_plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_practice_time"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_actor"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
