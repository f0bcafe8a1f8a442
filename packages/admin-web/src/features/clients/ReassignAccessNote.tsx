import { permissionCatalog } from '@caseload/shared';
import { Code, Text } from '@mantine/core';
import { useViewer } from '../../auth/viewer-context';

/** Why no reassign action is offered: the permission it needs, which the viewer lacks. */
export function ReassignAccessNote() {
  const viewer = useViewer();
  const description = permissionCatalog['clients.reassign'].description.replace(/\.$/, '');
  return (
    <Text size="sm" c="gray.7" data-testid="reassign-unavailable">
      Reassigning clients needs the <Code fz="xs">clients.reassign</Code> permission (
      {description.charAt(0).toLowerCase() + description.slice(1)}), which your account does not
      have in {viewer.practice.name}.
    </Text>
  );
}
