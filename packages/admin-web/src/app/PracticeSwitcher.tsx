import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconBuildingCommunity, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { switchPracticeMutation } from '../auth/viewer.operations';
import { useViewer } from '../auth/viewer-context';
import { readableErrorMessage } from '../error-messages';
import classes from './AppLayout.module.css';
import { ShellAlert } from './ShellAlert';

/**
 * The practice the member is acting for. External agents serve several practices and switch
 * between them here; everyone else sees the name of their one practice.
 */
export function PracticeSwitcher() {
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [switchPractice] = useMutation(switchPracticeMutation);
  const [switching, setSwitching] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { practice, memberships } = viewer;

  if (memberships.length < 2) {
    return (
      <Text component="span" fw={500} truncate="end" visibleFrom="xs">
        <VisuallyHidden>Practice: </VisuallyHidden>
        {practice.name}
      </Text>
    );
  }

  async function choose(practiceId: string, practiceName: string) {
    if (practiceId === practice.id) {
      return;
    }
    setSwitching(true);
    setFailure(null);
    try {
      await switchPractice({ variables: { practiceId } });
    } catch (error) {
      setFailure(readableErrorMessage(error instanceof Error ? error : new Error(String(error))));
      setSwitching(false);
      return;
    }
    // Everything loaded so far belongs to the other practice: drop it and load it all again.
    // A page the member cannot see in this practice shows that itself, so a failed refetch
    // is not a failed switch.
    await client.resetStore().catch(() => undefined);
    // The page's view (search, page cursors) meant something in the other practice only.
    if (location.search !== '') {
      await navigate(location.pathname, { replace: true });
    }
    setSwitching(false);
    setAnnouncement(`Now acting for ${practiceName}.`);
  }

  return (
    <>
      <Menu position="bottom-start" width={300} shadow="md" disabled={switching}>
        <Menu.Target>
          <Button
            variant="default"
            loading={switching}
            leftSection={<IconBuildingCommunity size={16} aria-hidden />}
            rightSection={<IconSelector size={14} aria-hidden />}
            maw={{ base: 200, sm: 360 }}
            fw={600}
          >
            <VisuallyHidden>Practice: </VisuallyHidden>
            <span className={classes.practiceName}>{practice.name}</span>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Switch practice</Menu.Label>
          <Menu.RadioGroup
            value={practice.id}
            onChange={(practiceId) => {
              const chosen = memberships.find((membership) => membership.practiceId === practiceId);
              if (chosen) {
                void choose(chosen.practiceId, chosen.practiceName);
              }
            }}
          >
            {memberships.map((membership) => (
              <Menu.RadioItem
                key={membership.practiceId}
                value={membership.practiceId}
                closeMenuOnClick
              >
                {membership.practiceName}
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
        </Menu.Dropdown>
      </Menu>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      {failure && (
        <ShellAlert
          title="Could not switch practice"
          message={failure}
          onClose={() => setFailure(null)}
        />
      )}
    </>
  );
}
