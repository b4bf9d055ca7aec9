import type { SystemRole } from "../domain/actor";

/** A sample user for whom demo mode prints a token at start-up. */
export interface DemoIdentity {
  label: string;
  userId: string;
  employeeId: string | null;
  roles: SystemRole[];
}

/** Lists the sample users of demo mode, one per kind of reader. */
export function demoIdentities(): DemoIdentity[] {
  return [
    { label: "HR", userId: "demo-hr", employeeId: null, roles: ["HR"] },
    {
      label: "auditor",
      userId: "demo-auditor",
      employeeId: null,
      roles: ["AUDITOR"],
    },
    {
      label: "analyst",
      userId: "demo-analyst",
      employeeId: null,
      roles: ["ANALYST"],
    },
  ];
}
