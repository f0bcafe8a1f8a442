import { riskLevelsBySeverity } from '@caseload/shared';

/** A client's risk level as its rank, lowest first, for SQL sorts; `client` is the table alias. */
export function riskSeveritySql(client: string): string {
  const levels = riskLevelsBySeverity.map((level) => `'${level}'`).join(', ');
  return `array_position(ARRAY[${levels}]::text[], ${client}."riskLevel"::text)`;
}
