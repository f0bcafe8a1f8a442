import { Notification, Portal } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useEffect } from 'react';

export interface Toast {
  tone: 'success' | 'error';
  title: string;
  message: string;
}

const visibleMs = 8_000;

/**
 * The result of an action, over the page's corner: announced to screen readers (status for
 * success, alert for failure) and gone by itself after a while, or at once with "Dismiss".
 */
export function ResultToast({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  useEffect(() => {
    if (!toast) {
      return;
    }
    const timer = setTimeout(onClose, visibleMs);
    return () => clearTimeout(timer);
  }, [toast, onClose]);

  if (!toast) {
    return null;
  }
  const success = toast.tone === 'success';
  return (
    <Portal>
      <Notification
        style={{
          position: 'fixed',
          right: 'var(--mantine-spacing-md)',
          bottom: 'var(--mantine-spacing-md)',
          zIndex: 1000,
          width: 'min(420px, calc(100vw - 2 * var(--mantine-spacing-md)))',
        }}
        color={success ? 'teal' : 'red'}
        icon={
          success ? <IconCheck size={20} aria-hidden /> : <IconAlertCircle size={20} aria-hidden />
        }
        title={toast.title}
        role={success ? 'status' : 'alert'}
        withBorder
        onClose={onClose}
        closeButtonProps={{ 'aria-label': 'Dismiss' }}
      >
        {toast.message}
      </Notification>
    </Portal>
  );
}
