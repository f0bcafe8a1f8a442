import type { ApolloCache } from '@apollo/client';

/**
 * A change of a member's status, invitation, supervisor, profile or groups can move them into or
 * out of any list of members (a roster page, a group's members, the choices of a form) and changes
 * the dashboard's figures. Those are dropped from the cache: lists on screen are asked for again at
 * once, the others when next shown.
 */
export function forgetStaffLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'staff' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'dashboard' });
}
