import { Notification, Portal } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import classes from './AppLayout.module.css';

/** A failure of something done from the shell (signing out, switching practice), over the page. */
export function ShellAlert({
  title,
  message,
  onClose,
}: {
  title: string;
  message: string;
  onClose: () => void;
}) {
  return (
    <Portal>
      <Notification
        className={classes.shellAlert}
        color="red"
        icon={<IconAlertCircle size={20} aria-hidden />}
        title={title}
        role="alert"
        withBorder
        onClose={onClose}
        closeButtonProps={{ 'aria-label': 'Dismiss' }}
      >
        {message}
      </Notification>
    </Portal>
  );
}
