/** A client as the discharge confirmation needs it. */
export interface DischargeableClient {
  firstName: string;
  lastName: string;
  therapist: { displayName: string } | null | undefined;
  metrics: { upcomingSessions: number };
}

/** What discharging does, said before it is confirmed. */
export function dischargeConsequence(client: DischargeableClient): string[] {
  const name = `${client.firstName} ${client.lastName}`;
  const upcoming = client.metrics.upcomingSessions;
  return [
    client.therapist
      ? `${name} leaves ${client.therapist.displayName}'s active caseload: they are no longer counted as an active client or offered for matching.`
      : `${name} is no longer counted as an active client.`,
    upcoming === 0
      ? 'They have no upcoming sessions.'
      : upcoming === 1
        ? 'Their 1 upcoming session is cancelled.'
        : `Their ${upcoming} upcoming sessions are cancelled.`,
    'Past sessions, notes, relationships and the assignment history are kept. You can readmit them later by editing their status.',
  ];
}

/** The reason as the API wants it, or what to say when there is none. */
export function validateDischargeReason(reason: string): string | null {
  return reason.trim() === ''
    ? 'Say why the client is discharged: it is kept with the record.'
    : null;
}
