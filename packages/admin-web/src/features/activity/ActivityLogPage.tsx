import { useApolloClient, useQuery } from '@apollo/client/react';
import { Autocomplete, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconDownload } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import { readableErrorMessage } from '../../error-messages';
import { timeZoneName } from '../clients/date-format';
import { usePracticeTimezone } from '../clients/use-practice-data';
import { ActivityTable } from './ActivityTable';
import { activityActorsQuery, auditEventsCsvQuery, auditEventsQuery } from './activity.operations';
import {
  ACTIVITY_PAGE_SIZE,
  type ActivityView,
  actionPrefixes,
  activityFilter,
  activityQueryVariables,
  activityViewToSearchParams,
  csvFileName,
  hasFilters,
  parseActivityView,
  withFilters,
  withNextPage,
  withPreviousPage,
} from './activity-view';

function useActivityView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseActivityView(searchParams), [searchParams]);
  const changeView = useCallback(
    (change: (current: ActivityView) => ActivityView, options?: { replace?: boolean }) => {
      setSearchParams(
        (current) => activityViewToSearchParams(change(parseActivityView(current))),
        options,
      );
    },
    [setSearchParams],
  );
  return { view, changeView };
}

/** The practice's activity log: who did what to which record, when and from where. */
export function ActivityLogPage() {
  useDocumentTitle('Activity log · Caseload');
  const { view, changeView } = useActivityView();
  const timeZone = usePracticeTimezone();
  const { data, dataState, loading, error, refetch } = useQuery(auditEventsQuery, {
    variables: activityQueryVariables(view, timeZone ?? 'UTC'),
    // Dates are days in the practice's timezone: wait for it rather than ask for the wrong range.
    skip: !timeZone,
    fetchPolicy: 'cache-and-network',
  });
  const connection = dataState === 'complete' && !loading ? data.auditEvents : undefined;

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Activity log" permission={refusal.permission} />;
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1}>Activity log</Title>
        <Group gap="md">
          <Text aria-live="polite" c="gray.7">
            {connection && eventCount(connection.totalCount)}
          </Text>
          {timeZone && <ExportCsvButton view={view} timeZone={timeZone} />}
        </Group>
      </Group>

      <ActivityFilters view={view} changeView={changeView} />
      {timeZone && (
        <Text size="sm" c="gray.7">
          Times are in the practice's timezone ({timeZoneName(timeZone)}).
        </Text>
      )}

      {error ? (
        <LoadError
          title="The activity log could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      ) : (
        <Stack gap="md">
          <ActivityTable
            events={connection?.edges.map((edge) => edge.node) ?? []}
            loading={!connection}
            timeZone={timeZone ?? 'UTC'}
            filtered={hasFilters(view)}
          />
          <nav aria-label="Activity log pages">
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconChevronLeft size={16} aria-hidden />}
                disabled={view.cursors.length === 0}
                onClick={() => changeView(withPreviousPage)}
              >
                Newer
              </Button>
              {connection && (
                <Text size="sm" c="gray.7">
                  Page {view.cursors.length + 1} of {pageCount(connection.totalCount)}
                </Text>
              )}
              <Button
                variant="default"
                rightSection={<IconChevronRight size={16} aria-hidden />}
                disabled={!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
                onClick={() => {
                  const endCursor = connection?.pageInfo.endCursor;
                  if (endCursor) {
                    changeView((current) => withNextPage(current, endCursor));
                  }
                }}
              >
                Older
              </Button>
            </Group>
          </nav>
        </Stack>
      )}
    </Stack>
  );
}

interface FiltersProps {
  view: ActivityView;
  changeView: ReturnType<typeof useActivityView>['changeView'];
}

function ActivityFilters({ view, changeView }: FiltersProps) {
  const viewer = useViewer();
  const canListStaff = hasPermission(viewer, 'staff.view');
  const { data: actorsData } = useQuery(activityActorsQuery, { skip: !canListStaff });
  const actors = actorsData?.staff.edges.map((edge) => ({
    value: edge.node.id,
    label: edge.node.displayName,
  }));

  // The action is typed or picked: applied when a choice is picked, on Enter, or on leaving it.
  const [actionText, setActionText] = useState(view.action);
  useEffect(() => setActionText(view.action), [view.action]);
  const applyAction = (action: string) => {
    const trimmed = action.trim();
    if (trimmed !== view.action) {
      changeView((current) => withFilters(current, { action: trimmed }));
    }
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Autocomplete
        label="Action"
        description="Pick a kind, or type an exact action"
        placeholder="Any action"
        data={actionPrefixes.map((prefix) => prefix.value)}
        renderOption={({ option }) =>
          actionPrefixes.find((prefix) => prefix.value === option.value)?.label ?? option.value
        }
        value={actionText}
        onChange={setActionText}
        onOptionSubmit={(value) => {
          setActionText(value);
          applyAction(value);
        }}
        onBlur={() => applyAction(actionText)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            applyAction(actionText);
          }
        }}
        clearable
        w={280}
      />
      {canListStaff && (
        <Select
          label="Actor"
          placeholder="Anyone"
          data={actors ?? []}
          value={view.actorId}
          onChange={(actorId) => changeView((current) => withFilters(current, { actorId }))}
          searchable
          clearable
          nothingFoundMessage="No member by that name"
          w={240}
        />
      )}
      <TextInput
        type="date"
        label="From"
        value={view.from}
        max={view.to || undefined}
        onChange={(event) => {
          const from = event.currentTarget.value;
          changeView((current) => withFilters(current, { from }));
        }}
        w={170}
      />
      <TextInput
        type="date"
        label="To"
        value={view.to}
        min={view.from || undefined}
        onChange={(event) => {
          const to = event.currentTarget.value;
          changeView((current) => withFilters(current, { to }));
        }}
        w={170}
      />
      {hasFilters(view) && (
        <Button
          variant="subtle"
          onClick={() => {
            setActionText('');
            changeView(() => ({ action: '', actorId: null, from: '', to: '', cursors: [] }));
          }}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}

/** Downloads the filtered log (every page of it) as a CSV file, made in the browser. */
function ExportCsvButton({ view, timeZone }: { view: ActivityView; timeZone: string }) {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const exportCsv = async () => {
    setExporting(true);
    setFailure(null);
    try {
      const { data, error } = await client.query({
        query: auditEventsCsvQuery,
        variables: { filter: activityFilter(view, timeZone) },
        fetchPolicy: 'no-cache',
      });
      if (error || !data) {
        throw error ?? new Error('No CSV came back.');
      }
      const url = URL.createObjectURL(
        new Blob([data.auditEventsCsv], { type: 'text/csv;charset=utf-8' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = csvFileName(new Date());
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the URL goes.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setFailure(readableErrorMessage(caught as Error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap={4} align="flex-end">
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={exporting}
        onClick={exportCsv}
      >
        Export CSV
      </Button>
      {failure && (
        <Text size="sm" c="red.8" role="alert">
          The export failed: {failure}
        </Text>
      )}
    </Stack>
  );
}

function eventCount(totalCount: number): string {
  return totalCount === 1 ? '1 event' : `${totalCount} events`;
}

function pageCount(totalCount: number): number {
  return Math.max(1, Math.ceil(totalCount / ACTIVITY_PAGE_SIZE));
}
