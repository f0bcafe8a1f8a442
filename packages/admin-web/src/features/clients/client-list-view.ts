import type {
  ClientFilter,
  ClientListQueryVariables,
  ClientOrderField,
  ClientScope,
  ClientStatus,
  RiskLevel,
  SortDirection,
} from '../../gql/graphql';
import { clientScopes, clientStatuses, riskLevels } from './client-labels';

/**
 * What the clients page shows: filters, sort and page. It lives in the URL's search params, so a
 * reload, the back button or a shared link brings back the same view.
 *
 * URL form, defaults left out:
 * `?risk=critical&risk=high&status=active&scope=practice&therapist=<id>&q=lee&sort=risk&dir=desc&after=c1`.
 * `unassigned=1` lists clients with no therapist (and then no therapist filter applies).
 * `after` repeats: the cursor of each page visited since the first, so "Previous" can step back.
 */
export interface ClientListView {
  therapistId: string | null;
  unassigned: boolean;
  scope: ClientScope | null;
  statuses: readonly ClientStatus[];
  riskLevels: readonly RiskLevel[];
  search: string;
  sortField: ClientOrderField;
  sortDirection: SortDirection;
  cursors: readonly string[];
}

export const CLIENT_PAGE_SIZE = 25;

export const defaultClientListView: ClientListView = {
  therapistId: null,
  unassigned: false,
  scope: null,
  statuses: [],
  riskLevels: [],
  search: '',
  sortField: 'LAST_NAME',
  sortDirection: 'ASC',
  cursors: [],
};

const sortFieldParams: Record<ClientOrderField, string> = {
  LAST_NAME: 'name',
  RISK_LEVEL: 'risk',
  CREATED_AT: 'created',
};

const params = {
  therapist: 'therapist',
  unassigned: 'unassigned',
  scope: 'scope',
  status: 'status',
  risk: 'risk',
  search: 'q',
  sort: 'sort',
  direction: 'dir',
  cursor: 'after',
} as const;

/** `CRITICAL` is `critical` in the URL. */
const toParam = (value: string) => value.toLowerCase();

/** The known values named in a repeated param, each once, in the catalogue's order. */
function parseEnumList<T extends string>(
  searchParams: URLSearchParams,
  name: string,
  known: readonly T[],
): T[] {
  const named = new Set(searchParams.getAll(name).map((value) => value.toLowerCase()));
  return known.filter((value) => named.has(toParam(value)));
}

/** Reads the view from the URL; anything missing or unrecognised falls back to the default. */
export function parseClientListView(searchParams: URLSearchParams): ClientListView {
  const unassigned = ['1', 'true', 'yes'].includes(searchParams.get(params.unassigned) ?? '');
  const therapistParam = (searchParams.get(params.therapist) ?? '').trim();
  const scopeParam = searchParams.get(params.scope)?.toLowerCase();
  const sortParam = searchParams.get(params.sort);
  const sortField =
    (Object.keys(sortFieldParams) as ClientOrderField[]).find(
      (field) => sortFieldParams[field] === sortParam,
    ) ?? defaultClientListView.sortField;

  return {
    // A client with no therapist has no therapist to filter by: "unassigned" wins.
    therapistId: unassigned || therapistParam === '' ? null : therapistParam,
    unassigned,
    scope: clientScopes.find((scope) => toParam(scope) === scopeParam) ?? null,
    statuses: parseEnumList(searchParams, params.status, clientStatuses),
    riskLevels: parseEnumList(searchParams, params.risk, riskLevels),
    search: (searchParams.get(params.search) ?? '').trim(),
    sortField,
    sortDirection: searchParams.get(params.direction) === 'desc' ? 'DESC' : 'ASC',
    cursors: searchParams.getAll(params.cursor).filter((cursor) => cursor !== ''),
  };
}

/** Writes the view to URL search params, leaving defaults out so plain views keep plain URLs. */
export function clientListViewToSearchParams(view: ClientListView): URLSearchParams {
  const searchParams = new URLSearchParams();
  if (view.unassigned) {
    searchParams.set(params.unassigned, '1');
  } else if (view.therapistId) {
    searchParams.set(params.therapist, view.therapistId);
  }
  if (view.scope) {
    searchParams.set(params.scope, toParam(view.scope));
  }
  for (const status of view.statuses) {
    searchParams.append(params.status, toParam(status));
  }
  for (const riskLevel of view.riskLevels) {
    searchParams.append(params.risk, toParam(riskLevel));
  }
  const search = view.search.trim();
  if (search !== '') {
    searchParams.set(params.search, search);
  }
  if (view.sortField !== defaultClientListView.sortField) {
    searchParams.set(params.sort, sortFieldParams[view.sortField]);
  }
  if (view.sortDirection === 'DESC') {
    searchParams.set(params.direction, 'desc');
  }
  for (const cursor of view.cursors) {
    searchParams.append(params.cursor, cursor);
  }
  return searchParams;
}

/** The `clients` query's filter for a view: only what narrows the list. */
export function clientFilter(view: ClientListView): ClientFilter {
  return {
    ...(view.unassigned ? { unassigned: true } : {}),
    ...(view.therapistId && !view.unassigned ? { therapistId: view.therapistId } : {}),
    ...(view.scope ? { scopes: [view.scope] } : {}),
    ...(view.statuses.length > 0 ? { statuses: [...view.statuses] } : {}),
    ...(view.riskLevels.length > 0 ? { riskLevels: [...view.riskLevels] } : {}),
    ...(view.search === '' ? {} : { search: view.search }),
  };
}

/** The `clients` query's variables for a view. */
export function clientListQueryVariables(view: ClientListView): ClientListQueryVariables {
  return {
    first: CLIENT_PAGE_SIZE,
    after: view.cursors.at(-1) ?? null,
    filter: clientFilter(view),
    orderBy: { field: view.sortField, direction: view.sortDirection },
  };
}

/** Whether any filter narrows the list (so an empty list means "none match", not "none at all"). */
export function isFiltered(view: ClientListView): boolean {
  return Object.keys(clientFilter(view)).length > 0;
}

/** The filters a person can change; any change starts again from the first page. */
export type ClientListFilters = Pick<
  ClientListView,
  'therapistId' | 'unassigned' | 'scope' | 'statuses' | 'riskLevels' | 'search'
>;

export function withFilters(
  view: ClientListView,
  filters: Partial<ClientListFilters>,
): ClientListView {
  const next = { ...view, ...filters, cursors: [] };
  // Choosing a therapist leaves "unassigned", and the other way round.
  if (filters.therapistId) {
    next.unassigned = false;
  }
  if (filters.unassigned) {
    next.therapistId = null;
  }
  next.search = next.search.trim();
  return next;
}

export function withoutFilters(view: ClientListView): ClientListView {
  return {
    ...defaultClientListView,
    sortField: view.sortField,
    sortDirection: view.sortDirection,
  };
}

export function withSort(
  view: ClientListView,
  sortField: ClientOrderField,
  sortDirection: SortDirection,
): ClientListView {
  return { ...view, sortField, sortDirection, cursors: [] };
}

export function withNextPage(view: ClientListView, endCursor: string): ClientListView {
  return { ...view, cursors: [...view.cursors, endCursor] };
}

export function withPreviousPage(view: ClientListView): ClientListView {
  return { ...view, cursors: view.cursors.slice(0, -1) };
}

/** 1 on the first page. */
export function clientPageNumber(view: ClientListView): number {
  return view.cursors.length + 1;
}

export function clientPageCount(totalCount: number): number {
  return Math.max(1, Math.ceil(totalCount / CLIENT_PAGE_SIZE));
}
