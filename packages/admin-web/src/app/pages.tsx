import type { Permission } from '@caseload/shared';
import {
  IconAddressBook,
  IconHierarchy2,
  IconHierarchy3,
  IconHistory,
  IconLayoutDashboard,
  IconMail,
  IconSettings,
  IconShieldLock,
  IconUserCircle,
  IconUserHeart,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';
import { type ComponentType, lazy } from 'react';

/** One page of the admin app: a sidebar entry and, once it is built, the component behind it. */
export interface AppPage {
  label: string;
  path: string;
  icon: TablerIcon;
  /** Loaded on first visit, so each page is its own bundle chunk. Absent until the page is built. */
  component?: ComponentType;
  /** What a member needs to open the page; without it the page says so instead of loading. */
  permission?: Permission;
  /** What a member needs to see the page in the sidebar, when that is more than `permission`. */
  navPermission?: Permission;
}

const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((module) => ({
    default: module.DashboardPage,
  })),
);

const ActivityLogPage = lazy(() =>
  import('../features/activity/ActivityLogPage').then((module) => ({
    default: module.ActivityLogPage,
  })),
);

const StaffRosterPage = lazy(() =>
  import('../features/staff/StaffRosterPage').then((module) => ({
    default: module.StaffRosterPage,
  })),
);

const StaffProfilePage = lazy(() =>
  import('../features/staff/StaffProfilePage').then((module) => ({
    default: module.StaffProfilePage,
  })),
);

const GroupsPage = lazy(() =>
  import('../features/groups/GroupsPage').then((module) => ({ default: module.GroupsPage })),
);

const RolesPage = lazy(() =>
  import('../features/roles/RolesPage').then((module) => ({ default: module.RolesPage })),
);

const ClientsPage = lazy(() =>
  import('../features/clients/ClientsPage').then((module) => ({ default: module.ClientsPage })),
);

const ClientDetailPage = lazy(() =>
  import('../features/clients/ClientDetailPage').then((module) => ({
    default: module.ClientDetailPage,
  })),
);

const SupervisionPage = lazy(() =>
  import('../features/supervision/SupervisionPage').then((module) => ({
    default: module.SupervisionPage,
  })),
);

const CaseloadPage = lazy(() =>
  import('../features/clients/CaseloadPage').then((module) => ({ default: module.CaseloadPage })),
);

const ContactsPage = lazy(() =>
  import('../features/contacts/ContactsPage').then((module) => ({ default: module.ContactsPage })),
);

const MailboxPage = lazy(() =>
  import('../features/mailbox/MailboxPage').then((module) => ({ default: module.MailboxPage })),
);

const AccountPage = lazy(() =>
  import('../features/account/AccountPage').then((module) => ({ default: module.AccountPage })),
);

const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
);

/**
 * The pages of SPEC.md's admin app, in sidebar order. The first a member may open is their home
 * page (`homePagePath`): the roster for admins, the clients page for therapists.
 */
export const appPages: readonly AppPage[] = [
  {
    label: 'Staff',
    path: '/staff',
    icon: IconUsers,
    component: StaffRosterPage,
    permission: 'staff.view',
  },
  {
    label: 'Dashboard',
    path: '/dashboard',
    icon: IconLayoutDashboard,
    component: DashboardPage,
    permission: 'staff.view',
  },
  {
    label: 'Groups',
    path: '/groups',
    icon: IconHierarchy3,
    component: GroupsPage,
    // Anyone who sees the roster may look at its groups; the sidebar leads those who manage them.
    permission: 'staff.view',
    navPermission: 'staff.edit',
  },
  {
    label: 'Roles',
    path: '/roles',
    icon: IconShieldLock,
    component: RolesPage,
    permission: 'staff.view',
  },
  {
    label: 'Clients',
    path: '/clients',
    icon: IconUserHeart,
    // Open with clients.view.all, clients.view.own or caseload.supervise: the page checks which.
    component: ClientsPage,
  },
  {
    label: 'Supervision',
    path: '/supervision',
    icon: IconHierarchy2,
    component: SupervisionPage,
    permission: 'caseload.supervise',
  },
  {
    label: 'Contacts',
    path: '/contacts',
    icon: IconAddressBook,
    // Open with contacts.view.all or contacts.view.assigned: the page checks which.
    component: ContactsPage,
  },
  {
    label: 'Activity log',
    path: '/activity',
    icon: IconHistory,
    component: ActivityLogPage,
    permission: 'audit.view',
  },
  {
    label: 'Mailbox',
    path: '/mailbox',
    icon: IconMail,
    component: MailboxPage,
    permission: 'staff.invite',
  },
  {
    label: 'Settings',
    path: '/settings',
    icon: IconSettings,
    component: SettingsPage,
    permission: 'practice.settings',
  },
];

/** One member's profile, reached from the roster (`/staff/:staffMemberId`); not in the sidebar. */
export const staffProfilePage: AppPage = {
  label: 'Staff profile',
  path: '/staff/:staffMemberId',
  icon: IconUsers,
  component: StaffProfilePage,
  permission: 'staff.view',
};

/** One client (`/clients/:clientId`), reached from the clients and supervision pages. */
export const clientDetailPage: AppPage = {
  label: 'Client',
  path: '/clients/:clientId',
  icon: IconUserHeart,
  component: ClientDetailPage,
};

/** One therapist's caseload (`/staff/:staffMemberId/caseload`), from client pages; the API decides whose. */
export const caseloadPage: AppPage = {
  label: 'Caseload',
  path: '/staff/:staffMemberId/caseload',
  icon: IconUserHeart,
  component: CaseloadPage,
};

/** The signed-in member's own password and two-step sign-in, from the user menu; not in the sidebar. */
export const accountPage: AppPage = {
  label: 'Your account',
  path: '/account',
  icon: IconUserCircle,
  component: AccountPage,
};
