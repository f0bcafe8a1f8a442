import { DEMO_PASSWORD, demoSignIns } from './seed/demo-sign-ins';

/**
 * What a developer needs after `pnpm start`: where everything is, and how to sign in to the demo.
 * Plain text on stdout, beside the JSON log lines, outside production only.
 */
export function startupBanner(apiUrl: string, adminUrl: string): string {
  const width = Math.max(...demoSignIns.map((signIn) => signIn.persona.length));
  return [
    '',
    'Caseload is running',
    `  Admin app    ${adminUrl}`,
    `  GraphQL API  ${apiUrl}/graphql (open it in a browser for the playground)`,
    `  Health       ${apiUrl}/healthz`,
    '',
    `Demo sign-ins (password: ${DEMO_PASSWORD})`,
    ...demoSignIns.map((signIn) => `  ${signIn.persona.padEnd(width)}  ${signIn.email}`),
    '',
  ].join('\n');
}
