import { graphql } from '../../gql';

/** The practice at a glance (seed 000, "User Overview"); `clients` is null without clients.view.all. */
export const dashboardQuery = graphql(`
  query Dashboard {
    dashboard {
      staffByStatus {
        status
        count
      }
      staffByKind {
        kind
        count
      }
      staffByRole {
        roleId
        roleName
        count
      }
      pendingInvitations
      expiredInvitations
      membersNeedingSupervisor
      clients {
        unassigned
        highRisk
        pendingNotes
      }
    }
  }
`);
