import { useApolloClient, useMutation } from '@apollo/client/react';
import { Avatar, Button, Group, Menu, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconDevices, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type SignInNotice, withSignInNotice } from '../auth/sign-in-form';
import { signOutEverywhereMutation, signOutMutation } from '../auth/viewer.operations';
import { useViewer } from '../auth/viewer-context';
import { readableErrorMessage } from '../error-messages';
import classes from './AppLayout.module.css';
import { initials } from './initials';
import { signInPath } from './paths';
import { ShellAlert } from './ShellAlert';

/** The signed-in member, top right: who and where they are, and signing out. */
export function UserMenu() {
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(signOutMutation);
  const [signOutEverywhere] = useMutation(signOutEverywhereMutation);
  const [confirmOpened, confirm] = useDisclosure(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { member } = viewer;

  /** Ends the session, forgets everything loaded with it, and says so on the sign-in page. */
  async function endSession(run: () => Promise<SignInNotice>) {
    setPending(true);
    setFailure(null);
    try {
      const notice = await run();
      await client.clearStore();
      await navigate(signInPath, { replace: true, state: withSignInNotice(notice) });
    } catch (error) {
      setFailure(readableErrorMessage(error instanceof Error ? error : new Error(String(error))));
      setPending(false);
      confirm.close();
    }
  }

  return (
    <>
      <Menu position="bottom-end" width={280} shadow="md" disabled={pending}>
        <Menu.Target>
          <UnstyledButton
            className={classes.userButton}
            aria-label={`Account: ${member.displayName}`}
          >
            <Avatar color="blue" radius="xl" size={34} aria-hidden>
              {initials(member.displayName)}
            </Avatar>
            <div className={classes.userDetails}>
              <Text size="sm" fw={600} truncate="end" visibleFrom="sm">
                {member.displayName}
              </Text>
              {member.title && (
                <Text size="xs" c="gray.7" truncate="end" visibleFrom="sm">
                  {member.title}
                </Text>
              )}
            </div>
            <IconChevronDown size={14} aria-hidden />
          </UnstyledButton>
        </Menu.Target>

        <Menu.Dropdown>
          <Stack gap={2} px="sm" py="xs">
            <Text size="sm" fw={600}>
              {member.displayName}
            </Text>
            <Text size="xs" c="gray.7" truncate="end">
              {viewer.email}
            </Text>
            <Text size="xs" c="gray.7">
              {viewer.practice.name}
            </Text>
          </Stack>
          <Menu.Divider />
          <Menu.Item
            component={Link}
            to="/account"
            leftSection={<IconUserCircle size={16} aria-hidden />}
          >
            Your account
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() =>
              endSession(async () => {
                await signOut();
                return { kind: 'signed-out' };
              })
            }
          >
            Sign out
          </Menu.Item>
          <Menu.Item leftSection={<IconDevices size={16} aria-hidden />} onClick={confirm.open}>
            Sign out everywhere
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>

      <Modal
        opened={confirmOpened}
        onClose={confirm.close}
        title="Sign out everywhere?"
        centered
        closeButtonProps={{ 'aria-label': 'Cancel' }}
      >
        <Stack gap="lg">
          <Text size="sm">
            This ends every session of {viewer.email}: in this browser and on every other device
            where you are signed in to Caseload. Use it if you signed in on a shared or lost device.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close} disabled={pending}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={pending}
              onClick={() =>
                endSession(async () => {
                  const { data } = await signOutEverywhere();
                  return {
                    kind: 'signed-out-everywhere',
                    sessionCount: data?.signOutEverywhere ?? 0,
                  };
                })
              }
            >
              Sign out everywhere
            </Button>
          </Group>
        </Stack>
      </Modal>

      {failure && (
        <ShellAlert title="Could not sign out" message={failure} onClose={() => setFailure(null)} />
      )}
    </>
  );
}
