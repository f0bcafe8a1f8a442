/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      practiceName\n      email\n      firstName\n      lastName\n      status\n      expiresAt\n      hasAccount\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SignInPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Viewer {\n    me {\n      userId\n      email\n      mustChangePassword\n      mfaEnrollmentRequired\n      mfaEnabled\n      permissions\n      member {\n        id\n        displayName\n        title\n        kind\n        status\n      }\n      practice {\n        id\n        name\n        timezone\n      }\n      memberships {\n        staffMemberId\n        practiceId\n        practiceName\n        kind\n        status\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment SignInPayloadFields on SignInPayload {\n    expiresAt\n    secondFactorRequired\n    secondFactorToken\n    mustChangePassword\n    mfaEnrollmentRequired\n  }\n": typeof types.SignInPayloadFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SignInPayloadFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifySecondFactor($secondFactorToken: String!, $code: String, $recoveryCode: String) {\n    verifySecondFactor(\n      secondFactorToken: $secondFactorToken\n      code: $code\n      recoveryCode: $recoveryCode\n    ) {\n      ...SignInPayloadFields\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation SwitchPractice($practiceId: ID!) {\n    switchPractice(practiceId: $practiceId)\n  }\n": typeof types.SwitchPracticeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation StartMfaEnrollment {\n    startMfaEnrollment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": typeof types.StartMfaEnrollmentDocument,
    "\n  mutation ConfirmMfaEnrollment($code: String!) {\n    confirmMfaEnrollment(code: $code)\n  }\n": typeof types.ConfirmMfaEnrollmentDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          changes\n          occurredAt\n          ipAddress\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditEventsCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": typeof types.AuditEventsCsvDocument,
    "\n  query ActivityActors {\n    staff(\n      first: 100\n      filter: { statuses: [ACTIVE, INVITED, ON_HOLD, INACTIVE, REMOVED] }\n      orderBy: { field: LAST_NAME, direction: ASC }\n    ) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ActivityActorsDocument,
    "\n  query PracticeTimezone {\n    practice {\n      id\n      timezone\n    }\n  }\n": typeof types.PracticeTimezoneDocument,
    "\n  query ClientList($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          status\n          scope\n          riskLevel\n          version\n          therapist {\n            id\n            displayName\n          }\n          metrics {\n            pendingNotes\n            lastSessionAt\n            nextSessionAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientListDocument,
    "\n  query TherapistChoices {\n    staff(first: 100, filter: { statuses: [ACTIVE], kinds: [THERAPIST, STUDENT_THERAPIST] }) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          kind\n          title\n        }\n      }\n    }\n  }\n": typeof types.TherapistChoicesDocument,
    "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      status\n      scope\n      riskLevel\n      version\n      therapist {\n        id\n        displayName\n      }\n      metrics {\n        sessionsTotal\n        sessionsLast30Days\n        lastSessionAt\n        nextSessionAt\n        pendingNotes\n      }\n      assignmentHistory {\n        id\n        reason\n        createdAt\n        fromTherapist {\n          id\n          displayName\n        }\n        toTherapist {\n          id\n          displayName\n        }\n        changedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ClientDetailDocument,
    "\n  mutation ReassignClient(\n    $clientId: ID!\n    $toTherapistId: ID!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    reassignClient(\n      clientId: $clientId\n      toTherapistId: $toTherapistId\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReassignClientDocument,
    "\n  mutation BulkReassignClients($assignments: [ClientReassignment!]!, $reason: String!) {\n    bulkReassignClients(assignments: $assignments, reason: $reason)\n  }\n": typeof types.BulkReassignClientsDocument,
    "\n  query Dashboard {\n    dashboard {\n      staffByStatus {\n        status\n        count\n      }\n      staffByKind {\n        kind\n        count\n      }\n      staffByRole {\n        roleId\n        roleName\n        count\n      }\n      pendingInvitations\n      expiredInvitations\n      membersNeedingSupervisor\n      clients {\n        unassigned\n        highRisk\n        pendingNotes\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query OutboxMail($first: Int!, $after: String, $statuses: [MailStatus!]) {\n    outboxMail(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          nextAttemptAt\n          lastError\n          text\n        }\n      }\n    }\n  }\n": typeof types.OutboxMailDocument,
    "\n  query PermissionCatalog {\n    permissionCatalog {\n      key\n      group\n      description\n      write\n    }\n  }\n": typeof types.PermissionCatalogDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    permissions\n    requiresSupervision\n    canSupervise\n    billingModifier\n    memberCount\n    templateKey\n    archivedAt\n    version\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  query RolesPage($includeArchived: Boolean!) {\n    roles(includeArchived: $includeArchived) {\n      ...RoleFields\n    }\n    permissionCatalog {\n      key\n      group\n      description\n      write\n    }\n  }\n": typeof types.RolesPageDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n": typeof types.RoleDocument,
    "\n  query PreviewRoleChange($roleId: ID!, $permissions: [String!]!) {\n    previewRoleChange(roleId: $roleId, permissions: $permissions) {\n      staffMember {\n        id\n        displayName\n      }\n      gained\n      lost\n      statusAfter\n    }\n  }\n": typeof types.PreviewRoleChangeDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!, $expectedVersion: Int!) {\n    updateRole(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...RoleFields\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation ArchiveRole($id: ID!) {\n    archiveRole(id: $id) {\n      ...RoleFields\n    }\n  }\n": typeof types.ArchiveRoleDocument,
    "\n  query StaffProfile($id: ID!) {\n    staffMember(id: $id) {\n      id\n      staffId\n      displayName\n      firstName\n      lastName\n      email\n      title\n      kind\n      status\n      roles {\n        id\n        name\n        templateKey\n        requiresSupervision\n        canSupervise\n        billingModifier\n      }\n      supervisor {\n        id\n        displayName\n      }\n    }\n    practice {\n      id\n      timezone\n    }\n  }\n": typeof types.StaffProfileDocument,
    "\n  query AssignableRoles {\n    roles(includeArchived: false) {\n      id\n      name\n      description\n      permissions\n      templateKey\n    }\n  }\n": typeof types.AssignableRolesDocument,
    "\n  query PreviewRoleAssignment($staffMemberId: ID!, $roleIds: [ID!]!) {\n    previewRoleAssignment(staffMemberId: $staffMemberId, roleIds: $roleIds) {\n      gained\n      lost\n      statusAfter\n    }\n  }\n": typeof types.PreviewRoleAssignmentDocument,
    "\n  mutation AssignRoles($staffMemberId: ID!, $roleIds: [ID!]!) {\n    assignRoles(staffMemberId: $staffMemberId, roleIds: $roleIds) {\n      id\n      status\n      roles {\n        id\n        name\n        templateKey\n        requiresSupervision\n        canSupervise\n        billingModifier\n      }\n    }\n  }\n": typeof types.AssignRolesDocument,
    "\n  query MemberPermissions($staffMemberId: ID!) {\n    permissionOverrides(staffMemberId: $staffMemberId) {\n      id\n      permission\n      effect\n      reason\n      expiresAt\n      createdAt\n      grantedBy {\n        id\n        displayName\n      }\n    }\n    effectivePermissions(staffMemberId: $staffMemberId) {\n      permission\n      group\n      description\n      granted\n      reasons {\n        kind\n        summary\n        roleName\n        effect\n        reason\n        expiresAt\n        grantedByName\n        status\n      }\n    }\n  }\n": typeof types.MemberPermissionsDocument,
    "\n  mutation SetPermissionOverride(\n    $staffMemberId: ID!\n    $permission: String!\n    $effect: OverrideEffect!\n    $reason: String!\n    $expiresAt: DateTimeISO\n  ) {\n    setPermissionOverride(\n      staffMemberId: $staffMemberId\n      permission: $permission\n      effect: $effect\n      reason: $reason\n      expiresAt: $expiresAt\n    ) {\n      id\n    }\n  }\n": typeof types.SetPermissionOverrideDocument,
    "\n  mutation RemovePermissionOverride($id: ID!) {\n    removePermissionOverride(id: $id)\n  }\n": typeof types.RemovePermissionOverrideDocument,
    "\n  query StaffRoster($first: Int!, $after: String, $filter: StaffFilter, $orderBy: StaffOrder) {\n    staff(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          staffId\n          displayName\n          title\n          kind\n          status\n          roles {\n            id\n            name\n          }\n          groups {\n            id\n            name\n          }\n          supervisor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffRosterDocument,
    "\n  query MySupervisees {\n    mySupervisees {\n      id\n      displayName\n      title\n      kind\n      status\n      roles {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MySuperviseesDocument,
    "\n  query SuperviseeCaseload($superviseeId: ID!) {\n    superviseeCaseload(superviseeId: $superviseeId) {\n      direct {\n        ...CaseloadClient\n      }\n      primary {\n        ...CaseloadClient\n      }\n      walkIns {\n        ...CaseloadClient\n      }\n    }\n  }\n\n  fragment CaseloadClient on Client {\n    id\n    firstName\n    lastName\n    status\n    scope\n    riskLevel\n    therapist {\n      id\n      displayName\n    }\n    metrics {\n      sessionsTotal\n      sessionsLast30Days\n      pendingNotes\n      lastSessionAt\n      nextSessionAt\n    }\n  }\n": typeof types.SuperviseeCaseloadDocument,
};
const documents: Documents = {
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      practiceName\n      email\n      firstName\n      lastName\n      status\n      expiresAt\n      hasAccount\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SignInPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n": types.DeclineInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query Viewer {\n    me {\n      userId\n      email\n      mustChangePassword\n      mfaEnrollmentRequired\n      mfaEnabled\n      permissions\n      member {\n        id\n        displayName\n        title\n        kind\n        status\n      }\n      practice {\n        id\n        name\n        timezone\n      }\n      memberships {\n        staffMemberId\n        practiceId\n        practiceName\n        kind\n        status\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment SignInPayloadFields on SignInPayload {\n    expiresAt\n    secondFactorRequired\n    secondFactorToken\n    mustChangePassword\n    mfaEnrollmentRequired\n  }\n": types.SignInPayloadFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SignInPayloadFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifySecondFactor($secondFactorToken: String!, $code: String, $recoveryCode: String) {\n    verifySecondFactor(\n      secondFactorToken: $secondFactorToken\n      code: $code\n      recoveryCode: $recoveryCode\n    ) {\n      ...SignInPayloadFields\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation SwitchPractice($practiceId: ID!) {\n    switchPractice(practiceId: $practiceId)\n  }\n": types.SwitchPracticeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation StartMfaEnrollment {\n    startMfaEnrollment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": types.StartMfaEnrollmentDocument,
    "\n  mutation ConfirmMfaEnrollment($code: String!) {\n    confirmMfaEnrollment(code: $code)\n  }\n": types.ConfirmMfaEnrollmentDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          changes\n          occurredAt\n          ipAddress\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditEventsCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": types.AuditEventsCsvDocument,
    "\n  query ActivityActors {\n    staff(\n      first: 100\n      filter: { statuses: [ACTIVE, INVITED, ON_HOLD, INACTIVE, REMOVED] }\n      orderBy: { field: LAST_NAME, direction: ASC }\n    ) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ActivityActorsDocument,
    "\n  query PracticeTimezone {\n    practice {\n      id\n      timezone\n    }\n  }\n": types.PracticeTimezoneDocument,
    "\n  query ClientList($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          status\n          scope\n          riskLevel\n          version\n          therapist {\n            id\n            displayName\n          }\n          metrics {\n            pendingNotes\n            lastSessionAt\n            nextSessionAt\n          }\n        }\n      }\n    }\n  }\n": types.ClientListDocument,
    "\n  query TherapistChoices {\n    staff(first: 100, filter: { statuses: [ACTIVE], kinds: [THERAPIST, STUDENT_THERAPIST] }) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          kind\n          title\n        }\n      }\n    }\n  }\n": types.TherapistChoicesDocument,
    "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      status\n      scope\n      riskLevel\n      version\n      therapist {\n        id\n        displayName\n      }\n      metrics {\n        sessionsTotal\n        sessionsLast30Days\n        lastSessionAt\n        nextSessionAt\n        pendingNotes\n      }\n      assignmentHistory {\n        id\n        reason\n        createdAt\n        fromTherapist {\n          id\n          displayName\n        }\n        toTherapist {\n          id\n          displayName\n        }\n        changedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ClientDetailDocument,
    "\n  mutation ReassignClient(\n    $clientId: ID!\n    $toTherapistId: ID!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    reassignClient(\n      clientId: $clientId\n      toTherapistId: $toTherapistId\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReassignClientDocument,
    "\n  mutation BulkReassignClients($assignments: [ClientReassignment!]!, $reason: String!) {\n    bulkReassignClients(assignments: $assignments, reason: $reason)\n  }\n": types.BulkReassignClientsDocument,
    "\n  query Dashboard {\n    dashboard {\n      staffByStatus {\n        status\n        count\n      }\n      staffByKind {\n        kind\n        count\n      }\n      staffByRole {\n        roleId\n        roleName\n        count\n      }\n      pendingInvitations\n      expiredInvitations\n      membersNeedingSupervisor\n      clients {\n        unassigned\n        highRisk\n        pendingNotes\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query OutboxMail($first: Int!, $after: String, $statuses: [MailStatus!]) {\n    outboxMail(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          nextAttemptAt\n          lastError\n          text\n        }\n      }\n    }\n  }\n": types.OutboxMailDocument,
    "\n  query PermissionCatalog {\n    permissionCatalog {\n      key\n      group\n      description\n      write\n    }\n  }\n": types.PermissionCatalogDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    permissions\n    requiresSupervision\n    canSupervise\n    billingModifier\n    memberCount\n    templateKey\n    archivedAt\n    version\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  query RolesPage($includeArchived: Boolean!) {\n    roles(includeArchived: $includeArchived) {\n      ...RoleFields\n    }\n    permissionCatalog {\n      key\n      group\n      description\n      write\n    }\n  }\n": types.RolesPageDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n": types.RoleDocument,
    "\n  query PreviewRoleChange($roleId: ID!, $permissions: [String!]!) {\n    previewRoleChange(roleId: $roleId, permissions: $permissions) {\n      staffMember {\n        id\n        displayName\n      }\n      gained\n      lost\n      statusAfter\n    }\n  }\n": types.PreviewRoleChangeDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!, $expectedVersion: Int!) {\n    updateRole(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...RoleFields\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation ArchiveRole($id: ID!) {\n    archiveRole(id: $id) {\n      ...RoleFields\n    }\n  }\n": types.ArchiveRoleDocument,
    "\n  query StaffProfile($id: ID!) {\n    staffMember(id: $id) {\n      id\n      staffId\n      displayName\n      firstName\n      lastName\n      email\n      title\n      kind\n      status\n      roles {\n        id\n        name\n        templateKey\n        requiresSupervision\n        canSupervise\n        billingModifier\n      }\n      supervisor {\n        id\n        displayName\n      }\n    }\n    practice {\n      id\n      timezone\n    }\n  }\n": types.StaffProfileDocument,
    "\n  query AssignableRoles {\n    roles(includeArchived: false) {\n      id\n      name\n      description\n      permissions\n      templateKey\n    }\n  }\n": types.AssignableRolesDocument,
    "\n  query PreviewRoleAssignment($staffMemberId: ID!, $roleIds: [ID!]!) {\n    previewRoleAssignment(staffMemberId: $staffMemberId, roleIds: $roleIds) {\n      gained\n      lost\n      statusAfter\n    }\n  }\n": types.PreviewRoleAssignmentDocument,
    "\n  mutation AssignRoles($staffMemberId: ID!, $roleIds: [ID!]!) {\n    assignRoles(staffMemberId: $staffMemberId, roleIds: $roleIds) {\n      id\n      status\n      roles {\n        id\n        name\n        templateKey\n        requiresSupervision\n        canSupervise\n        billingModifier\n      }\n    }\n  }\n": types.AssignRolesDocument,
    "\n  query MemberPermissions($staffMemberId: ID!) {\n    permissionOverrides(staffMemberId: $staffMemberId) {\n      id\n      permission\n      effect\n      reason\n      expiresAt\n      createdAt\n      grantedBy {\n        id\n        displayName\n      }\n    }\n    effectivePermissions(staffMemberId: $staffMemberId) {\n      permission\n      group\n      description\n      granted\n      reasons {\n        kind\n        summary\n        roleName\n        effect\n        reason\n        expiresAt\n        grantedByName\n        status\n      }\n    }\n  }\n": types.MemberPermissionsDocument,
    "\n  mutation SetPermissionOverride(\n    $staffMemberId: ID!\n    $permission: String!\n    $effect: OverrideEffect!\n    $reason: String!\n    $expiresAt: DateTimeISO\n  ) {\n    setPermissionOverride(\n      staffMemberId: $staffMemberId\n      permission: $permission\n      effect: $effect\n      reason: $reason\n      expiresAt: $expiresAt\n    ) {\n      id\n    }\n  }\n": types.SetPermissionOverrideDocument,
    "\n  mutation RemovePermissionOverride($id: ID!) {\n    removePermissionOverride(id: $id)\n  }\n": types.RemovePermissionOverrideDocument,
    "\n  query StaffRoster($first: Int!, $after: String, $filter: StaffFilter, $orderBy: StaffOrder) {\n    staff(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          staffId\n          displayName\n          title\n          kind\n          status\n          roles {\n            id\n            name\n          }\n          groups {\n            id\n            name\n          }\n          supervisor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.StaffRosterDocument,
    "\n  query MySupervisees {\n    mySupervisees {\n      id\n      displayName\n      title\n      kind\n      status\n      roles {\n        id\n        name\n      }\n    }\n  }\n": types.MySuperviseesDocument,
    "\n  query SuperviseeCaseload($superviseeId: ID!) {\n    superviseeCaseload(superviseeId: $superviseeId) {\n      direct {\n        ...CaseloadClient\n      }\n      primary {\n        ...CaseloadClient\n      }\n      walkIns {\n        ...CaseloadClient\n      }\n    }\n  }\n\n  fragment CaseloadClient on Client {\n    id\n    firstName\n    lastName\n    status\n    scope\n    riskLevel\n    therapist {\n      id\n      displayName\n    }\n    metrics {\n      sessionsTotal\n      sessionsLast30Days\n      pendingNotes\n      lastSessionAt\n      nextSessionAt\n    }\n  }\n": types.SuperviseeCaseloadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      practiceName\n      email\n      firstName\n      lastName\n      status\n      expiresAt\n      hasAccount\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      practiceName\n      email\n      firstName\n      lastName\n      status\n      expiresAt\n      hasAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SignInPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SignInPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      userId\n      email\n      mustChangePassword\n      mfaEnrollmentRequired\n      mfaEnabled\n      permissions\n      member {\n        id\n        displayName\n        title\n        kind\n        status\n      }\n      practice {\n        id\n        name\n        timezone\n      }\n      memberships {\n        staffMemberId\n        practiceId\n        practiceName\n        kind\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      userId\n      email\n      mustChangePassword\n      mfaEnrollmentRequired\n      mfaEnabled\n      permissions\n      member {\n        id\n        displayName\n        title\n        kind\n        status\n      }\n      practice {\n        id\n        name\n        timezone\n      }\n      memberships {\n        staffMemberId\n        practiceId\n        practiceName\n        kind\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignInPayloadFields on SignInPayload {\n    expiresAt\n    secondFactorRequired\n    secondFactorToken\n    mustChangePassword\n    mfaEnrollmentRequired\n  }\n"): (typeof documents)["\n  fragment SignInPayloadFields on SignInPayload {\n    expiresAt\n    secondFactorRequired\n    secondFactorToken\n    mustChangePassword\n    mfaEnrollmentRequired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SignInPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SignInPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($secondFactorToken: String!, $code: String, $recoveryCode: String) {\n    verifySecondFactor(\n      secondFactorToken: $secondFactorToken\n      code: $code\n      recoveryCode: $recoveryCode\n    ) {\n      ...SignInPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($secondFactorToken: String!, $code: String, $recoveryCode: String) {\n    verifySecondFactor(\n      secondFactorToken: $secondFactorToken\n      code: $code\n      recoveryCode: $recoveryCode\n    ) {\n      ...SignInPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchPractice($practiceId: ID!) {\n    switchPractice(practiceId: $practiceId)\n  }\n"): (typeof documents)["\n  mutation SwitchPractice($practiceId: ID!) {\n    switchPractice(practiceId: $practiceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMfaEnrollment {\n    startMfaEnrollment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartMfaEnrollment {\n    startMfaEnrollment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrollment($code: String!) {\n    confirmMfaEnrollment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmMfaEnrollment($code: String!) {\n    confirmMfaEnrollment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          changes\n          occurredAt\n          ipAddress\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          changes\n          occurredAt\n          ipAddress\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventsCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query AuditEventsCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityActors {\n    staff(\n      first: 100\n      filter: { statuses: [ACTIVE, INVITED, ON_HOLD, INACTIVE, REMOVED] }\n      orderBy: { field: LAST_NAME, direction: ASC }\n    ) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityActors {\n    staff(\n      first: 100\n      filter: { statuses: [ACTIVE, INVITED, ON_HOLD, INACTIVE, REMOVED] }\n      orderBy: { field: LAST_NAME, direction: ASC }\n    ) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeTimezone {\n    practice {\n      id\n      timezone\n    }\n  }\n"): (typeof documents)["\n  query PracticeTimezone {\n    practice {\n      id\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientList($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          status\n          scope\n          riskLevel\n          version\n          therapist {\n            id\n            displayName\n          }\n          metrics {\n            pendingNotes\n            lastSessionAt\n            nextSessionAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientList($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          status\n          scope\n          riskLevel\n          version\n          therapist {\n            id\n            displayName\n          }\n          metrics {\n            pendingNotes\n            lastSessionAt\n            nextSessionAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistChoices {\n    staff(first: 100, filter: { statuses: [ACTIVE], kinds: [THERAPIST, STUDENT_THERAPIST] }) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          kind\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistChoices {\n    staff(first: 100, filter: { statuses: [ACTIVE], kinds: [THERAPIST, STUDENT_THERAPIST] }) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          kind\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      status\n      scope\n      riskLevel\n      version\n      therapist {\n        id\n        displayName\n      }\n      metrics {\n        sessionsTotal\n        sessionsLast30Days\n        lastSessionAt\n        nextSessionAt\n        pendingNotes\n      }\n      assignmentHistory {\n        id\n        reason\n        createdAt\n        fromTherapist {\n          id\n          displayName\n        }\n        toTherapist {\n          id\n          displayName\n        }\n        changedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      status\n      scope\n      riskLevel\n      version\n      therapist {\n        id\n        displayName\n      }\n      metrics {\n        sessionsTotal\n        sessionsLast30Days\n        lastSessionAt\n        nextSessionAt\n        pendingNotes\n      }\n      assignmentHistory {\n        id\n        reason\n        createdAt\n        fromTherapist {\n          id\n          displayName\n        }\n        toTherapist {\n          id\n          displayName\n        }\n        changedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignClient(\n    $clientId: ID!\n    $toTherapistId: ID!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    reassignClient(\n      clientId: $clientId\n      toTherapistId: $toTherapistId\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignClient(\n    $clientId: ID!\n    $toTherapistId: ID!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    reassignClient(\n      clientId: $clientId\n      toTherapistId: $toTherapistId\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkReassignClients($assignments: [ClientReassignment!]!, $reason: String!) {\n    bulkReassignClients(assignments: $assignments, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation BulkReassignClients($assignments: [ClientReassignment!]!, $reason: String!) {\n    bulkReassignClients(assignments: $assignments, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      staffByStatus {\n        status\n        count\n      }\n      staffByKind {\n        kind\n        count\n      }\n      staffByRole {\n        roleId\n        roleName\n        count\n      }\n      pendingInvitations\n      expiredInvitations\n      membersNeedingSupervisor\n      clients {\n        unassigned\n        highRisk\n        pendingNotes\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    dashboard {\n      staffByStatus {\n        status\n        count\n      }\n      staffByKind {\n        kind\n        count\n      }\n      staffByRole {\n        roleId\n        roleName\n        count\n      }\n      pendingInvitations\n      expiredInvitations\n      membersNeedingSupervisor\n      clients {\n        unassigned\n        highRisk\n        pendingNotes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMail($first: Int!, $after: String, $statuses: [MailStatus!]) {\n    outboxMail(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          nextAttemptAt\n          lastError\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutboxMail($first: Int!, $after: String, $statuses: [MailStatus!]) {\n    outboxMail(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          nextAttemptAt\n          lastError\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionCatalog {\n    permissionCatalog {\n      key\n      group\n      description\n      write\n    }\n  }\n"): (typeof documents)["\n  query PermissionCatalog {\n    permissionCatalog {\n      key\n      group\n      description\n      write\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    permissions\n    requiresSupervision\n    canSupervise\n    billingModifier\n    memberCount\n    templateKey\n    archivedAt\n    version\n  }\n"): (typeof documents)["\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    permissions\n    requiresSupervision\n    canSupervise\n    billingModifier\n    memberCount\n    templateKey\n    archivedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesPage($includeArchived: Boolean!) {\n    roles(includeArchived: $includeArchived) {\n      ...RoleFields\n    }\n    permissionCatalog {\n      key\n      group\n      description\n      write\n    }\n  }\n"): (typeof documents)["\n  query RolesPage($includeArchived: Boolean!) {\n    roles(includeArchived: $includeArchived) {\n      ...RoleFields\n    }\n    permissionCatalog {\n      key\n      group\n      description\n      write\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewRoleChange($roleId: ID!, $permissions: [String!]!) {\n    previewRoleChange(roleId: $roleId, permissions: $permissions) {\n      staffMember {\n        id\n        displayName\n      }\n      gained\n      lost\n      statusAfter\n    }\n  }\n"): (typeof documents)["\n  query PreviewRoleChange($roleId: ID!, $permissions: [String!]!) {\n    previewRoleChange(roleId: $roleId, permissions: $permissions) {\n      staffMember {\n        id\n        displayName\n      }\n      gained\n      lost\n      statusAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($id: ID!, $input: RoleInput!, $expectedVersion: Int!) {\n    updateRole(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($id: ID!, $input: RoleInput!, $expectedVersion: Int!) {\n    updateRole(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRole($id: ID!) {\n    archiveRole(id: $id) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveRole($id: ID!) {\n    archiveRole(id: $id) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffProfile($id: ID!) {\n    staffMember(id: $id) {\n      id\n      staffId\n      displayName\n      firstName\n      lastName\n      email\n      title\n      kind\n      status\n      roles {\n        id\n        name\n        templateKey\n        requiresSupervision\n        canSupervise\n        billingModifier\n      }\n      supervisor {\n        id\n        displayName\n      }\n    }\n    practice {\n      id\n      timezone\n    }\n  }\n"): (typeof documents)["\n  query StaffProfile($id: ID!) {\n    staffMember(id: $id) {\n      id\n      staffId\n      displayName\n      firstName\n      lastName\n      email\n      title\n      kind\n      status\n      roles {\n        id\n        name\n        templateKey\n        requiresSupervision\n        canSupervise\n        billingModifier\n      }\n      supervisor {\n        id\n        displayName\n      }\n    }\n    practice {\n      id\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableRoles {\n    roles(includeArchived: false) {\n      id\n      name\n      description\n      permissions\n      templateKey\n    }\n  }\n"): (typeof documents)["\n  query AssignableRoles {\n    roles(includeArchived: false) {\n      id\n      name\n      description\n      permissions\n      templateKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewRoleAssignment($staffMemberId: ID!, $roleIds: [ID!]!) {\n    previewRoleAssignment(staffMemberId: $staffMemberId, roleIds: $roleIds) {\n      gained\n      lost\n      statusAfter\n    }\n  }\n"): (typeof documents)["\n  query PreviewRoleAssignment($staffMemberId: ID!, $roleIds: [ID!]!) {\n    previewRoleAssignment(staffMemberId: $staffMemberId, roleIds: $roleIds) {\n      gained\n      lost\n      statusAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRoles($staffMemberId: ID!, $roleIds: [ID!]!) {\n    assignRoles(staffMemberId: $staffMemberId, roleIds: $roleIds) {\n      id\n      status\n      roles {\n        id\n        name\n        templateKey\n        requiresSupervision\n        canSupervise\n        billingModifier\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRoles($staffMemberId: ID!, $roleIds: [ID!]!) {\n    assignRoles(staffMemberId: $staffMemberId, roleIds: $roleIds) {\n      id\n      status\n      roles {\n        id\n        name\n        templateKey\n        requiresSupervision\n        canSupervise\n        billingModifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPermissions($staffMemberId: ID!) {\n    permissionOverrides(staffMemberId: $staffMemberId) {\n      id\n      permission\n      effect\n      reason\n      expiresAt\n      createdAt\n      grantedBy {\n        id\n        displayName\n      }\n    }\n    effectivePermissions(staffMemberId: $staffMemberId) {\n      permission\n      group\n      description\n      granted\n      reasons {\n        kind\n        summary\n        roleName\n        effect\n        reason\n        expiresAt\n        grantedByName\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPermissions($staffMemberId: ID!) {\n    permissionOverrides(staffMemberId: $staffMemberId) {\n      id\n      permission\n      effect\n      reason\n      expiresAt\n      createdAt\n      grantedBy {\n        id\n        displayName\n      }\n    }\n    effectivePermissions(staffMemberId: $staffMemberId) {\n      permission\n      group\n      description\n      granted\n      reasons {\n        kind\n        summary\n        roleName\n        effect\n        reason\n        expiresAt\n        grantedByName\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPermissionOverride(\n    $staffMemberId: ID!\n    $permission: String!\n    $effect: OverrideEffect!\n    $reason: String!\n    $expiresAt: DateTimeISO\n  ) {\n    setPermissionOverride(\n      staffMemberId: $staffMemberId\n      permission: $permission\n      effect: $effect\n      reason: $reason\n      expiresAt: $expiresAt\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetPermissionOverride(\n    $staffMemberId: ID!\n    $permission: String!\n    $effect: OverrideEffect!\n    $reason: String!\n    $expiresAt: DateTimeISO\n  ) {\n    setPermissionOverride(\n      staffMemberId: $staffMemberId\n      permission: $permission\n      effect: $effect\n      reason: $reason\n      expiresAt: $expiresAt\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePermissionOverride($id: ID!) {\n    removePermissionOverride(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePermissionOverride($id: ID!) {\n    removePermissionOverride(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffRoster($first: Int!, $after: String, $filter: StaffFilter, $orderBy: StaffOrder) {\n    staff(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          staffId\n          displayName\n          title\n          kind\n          status\n          roles {\n            id\n            name\n          }\n          groups {\n            id\n            name\n          }\n          supervisor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffRoster($first: Int!, $after: String, $filter: StaffFilter, $orderBy: StaffOrder) {\n    staff(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          staffId\n          displayName\n          title\n          kind\n          status\n          roles {\n            id\n            name\n          }\n          groups {\n            id\n            name\n          }\n          supervisor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupervisees {\n    mySupervisees {\n      id\n      displayName\n      title\n      kind\n      status\n      roles {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySupervisees {\n    mySupervisees {\n      id\n      displayName\n      title\n      kind\n      status\n      roles {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuperviseeCaseload($superviseeId: ID!) {\n    superviseeCaseload(superviseeId: $superviseeId) {\n      direct {\n        ...CaseloadClient\n      }\n      primary {\n        ...CaseloadClient\n      }\n      walkIns {\n        ...CaseloadClient\n      }\n    }\n  }\n\n  fragment CaseloadClient on Client {\n    id\n    firstName\n    lastName\n    status\n    scope\n    riskLevel\n    therapist {\n      id\n      displayName\n    }\n    metrics {\n      sessionsTotal\n      sessionsLast30Days\n      pendingNotes\n      lastSessionAt\n      nextSessionAt\n    }\n  }\n"): (typeof documents)["\n  query SuperviseeCaseload($superviseeId: ID!) {\n    superviseeCaseload(superviseeId: $superviseeId) {\n      direct {\n        ...CaseloadClient\n      }\n      primary {\n        ...CaseloadClient\n      }\n      walkIns {\n        ...CaseloadClient\n      }\n    }\n  }\n\n  fragment CaseloadClient on Client {\n    id\n    firstName\n    lastName\n    status\n    scope\n    riskLevel\n    therapist {\n      id\n      displayName\n    }\n    metrics {\n      sessionsTotal\n      sessionsLast30Days\n      pendingNotes\n      lastSessionAt\n      nextSessionAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;