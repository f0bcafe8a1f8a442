export * from './access/effective-permissions';
export * from './domain';
export * from './errors';
export * from './permissions';
export * from './role-templates';
