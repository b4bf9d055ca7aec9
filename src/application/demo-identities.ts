import type { Actor, SystemRole } from "../domain/actor";
import { demoPeople } from "./demo-district";

/** A sample user for whom demo mode prints a token at start-up. */
export interface DemoIdentity {
  label: string;
  userId: string;
  employeeId: string | null;
  roles: SystemRole[];
}

/**
 * Lists the sample users of demo mode, one per kind of reader. The staff
 * among them are people of the demo district, whose evaluations the demo
 * seed carries into every status.
 */
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
    {
      label: "evaluator (Maintenance Supervisor, rates the maintenance team)",
      userId: "demo-evaluator",
      employeeId: demoPeople.maintenanceSupervisor,
      roles: [],
    },
    {
      label: "employee (maintenance worker, evaluation signed and waiting)",
      userId: "demo-employee",
      employeeId: demoPeople.signedEmployee,
      roles: [],
    },
    {
      label: "reviewer (Director of Operations)",
      userId: "demo-reviewer",
      employeeId: demoPeople.operationsDirector,
      roles: [],
    },
    {
      label: "supervisor (Transportation Supervisor, also evaluated)",
      userId: "demo-supervisor",
      employeeId: demoPeople.transportationSupervisor,
      roles: [],
    },
  ];
}

/** The HR user the demo seed acts as. */
export const demoHrActor: Actor = {
  userId: "demo-hr",
  employeeId: null,
  roles: ["HR"],
};

/**
 * Returns the actor the demo seed uses for a staff member: the demo
 * identity with that employee id, or a user `demo-<employee id>`.
 */
export function demoActorFor(employeeId: string): Actor {
  const identity = demoIdentities().find(
    (candidate) => candidate.employeeId === employeeId,
  );
  return {
    userId: identity?.userId ?? `demo-${employeeId.toLowerCase()}`,
    employeeId,
    roles: identity?.roles ?? [],
  };
}
