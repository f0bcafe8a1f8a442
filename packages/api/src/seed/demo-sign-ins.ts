/** Every demo account signs in with this password (demo data is never seeded in production). */
export const DEMO_PASSWORD = 'caseload-demo-2026';

/** The demo sign-ins by persona, as the README lists them. */
export const demoSignIns = [
  { persona: 'Owner (Riverbend)', email: 'owner@riverbend.example' },
  { persona: 'Manager', email: 'manager@riverbend.example' },
  { persona: 'Supervisor', email: 'supervisor@riverbend.example' },
  { persona: 'Intern (supervised by the supervisor)', email: 'intern@riverbend.example' },
  { persona: 'Therapist', email: 'therapist@riverbend.example' },
  { persona: 'Front office', email: 'frontdesk@riverbend.example' },
  { persona: 'Records custodian', email: 'records@riverbend.example' },
  { persona: 'Therapist on hold (read-only)', email: 'onhold@riverbend.example' },
  { persona: 'Inactive therapist (no access)', email: 'inactive@riverbend.example' },
  { persona: 'Owner (Hollow Pine, solo practice)', email: 'owner@hollowpine.example' },
  { persona: 'External agent (both practices)', email: 'agent@agentdesk.example' },
] as const;
