import { allPermissions, isPermission, permissionCatalog, permissionGroups } from './permissions';
import { roleTemplates } from './role-templates';

describe('permission catalogue', () => {
  it('names every key SPEC.md lists, each with a description and a known group', () => {
    for (const key of [
      'staff.view',
      'roles.manage',
      'clients.view.own',
      'caseload.supervise',
      'contacts.view.assigned',
      'audit.view',
      'practice.settings',
    ]) {
      expect(isPermission(key)).toBe(true);
    }
    for (const permission of allPermissions) {
      expect(permissionCatalog[permission].description.length).toBeGreaterThan(10);
      expect(Object.keys(permissionGroups)).toContain(permissionCatalog[permission].group);
    }
  });

  it('rejects keys outside the catalogue, including inherited object properties', () => {
    expect(isPermission('staff.delete')).toBe(false);
    expect(isPermission('toString')).toBe(false);
  });
});

describe('role templates', () => {
  it('provide the nine roles a new practice starts with', () => {
    expect(roleTemplates.map((template) => template.name)).toEqual([
      'Owner',
      'Manager',
      'Therapist',
      'Front Office',
      'Records Custodian',
      'Intern',
      'Associate',
      'Licensed Therapist',
      'Supervisor',
    ]);
  });

  it('only the Supervisor can supervise, and only Intern and Associate require supervision', () => {
    expect(roleTemplates.filter((t) => t.canSupervise).map((t) => t.key)).toEqual(['supervisor']);
    expect(roleTemplates.filter((t) => t.requiresSupervision).map((t) => t.key)).toEqual([
      'intern',
      'associate',
    ]);
  });

  it('keep front office away from clinical notes and records custodians away from every write', () => {
    const frontOffice = roleTemplates.find((t) => t.key === 'front-office');
    const custodian = roleTemplates.find((t) => t.key === 'records-custodian');
    expect(frontOffice?.permissions.some((p) => p.startsWith('notes.'))).toBe(false);
    expect(custodian?.permissions.filter((p) => permissionCatalog[p].write)).toEqual([]);
  });
});
