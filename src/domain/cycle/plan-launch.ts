import type { EmployeeEntry } from "../directory/employee-entry";
import type { LaunchSkip } from "./cycle-lifecycle";

/** The staff a cycle covers, as the cycle definition gives them. */
export interface CycleScope {
  /** Units in scope, each with every unit below it; empty means all. */
  unitIds: string[];
  /** Job classifications in scope, matched ignoring case; empty means all. */
  jobClassifications: string[];
}

/** The directory and the cycle's evaluations as a launch finds them. */
export interface LaunchInput {
  scope: CycleScope;
  /** Parent unit of every unit in the directory. */
  parentOf: ReadonlyMap<string, string | null>;
  /** Every employee in the directory, by employee id. */
  employees: ReadonlyMap<string, EmployeeEntry>;
  /** The evaluation id of each employee's live evaluation in the cycle. */
  liveEvaluations: ReadonlyMap<string, string>;
}

/** One evaluation a launch sets out to open. */
export interface PlannedOpening {
  employeeId: string;
  /** The employee's supervisor. */
  evaluatorId: string;
  /** The supervisor's supervisor, or null when the supervisor has none. */
  reviewerId: string | null;
}

/** The work of a launch, employee by employee, in employee id order. */
export interface LaunchPlan {
  /** The scope's units with every unit below them; empty means all. */
  unitIds: string[];
  inScopeCount: number;
  alreadyOpen: Array<{ employeeId: string; evaluationId: string }>;
  toOpen: PlannedOpening[];
  skipped: LaunchSkip[];
}

/**
 * Plans a launch: every employee in scope without a live evaluation in the
 * cycle gets one, with their current supervisor as evaluator and that
 * supervisor's supervisor as reviewer. An employee without a supervisor,
 * or whose supervisor is missing from the directory, is skipped with a
 * reason, because an evaluation cannot open without an evaluator.
 */
export function planLaunch(input: LaunchInput): LaunchPlan {
  const unitIds = unitsWithDescendants(input.scope.unitIds, input.parentOf);
  const units = new Set(unitIds);
  const classifications = new Set(
    input.scope.jobClassifications.map((value) => value.toLowerCase()),
  );
  const inScope = [...input.employees.values()]
    .filter(
      (employee) =>
        (units.size === 0 || units.has(employee.unitId)) &&
        (classifications.size === 0 ||
          classifications.has(employee.jobClassification.toLowerCase())),
    )
    .sort((a, b) => compareIds(a.employeeId, b.employeeId));

  const plan: LaunchPlan = {
    unitIds,
    inScopeCount: inScope.length,
    alreadyOpen: [],
    toOpen: [],
    skipped: [],
  };
  for (const employee of inScope) {
    const evaluationId = input.liveEvaluations.get(employee.employeeId);
    if (evaluationId !== undefined) {
      plan.alreadyOpen.push({ employeeId: employee.employeeId, evaluationId });
      continue;
    }
    if (employee.reportsTo === null) {
      plan.skipped.push({
        employeeId: employee.employeeId,
        reason: "NO_SUPERVISOR",
        message: `Employee ${employee.employeeId} has no supervisor in the directory, so no evaluator can be assigned. Record who they report to, then launch the cycle again, or open their evaluation with a named evaluator.`,
      });
      continue;
    }
    const supervisor = input.employees.get(employee.reportsTo);
    if (supervisor === undefined) {
      plan.skipped.push({
        employeeId: employee.employeeId,
        reason: "SUPERVISOR_NOT_IN_DIRECTORY",
        message: `Supervisor ${employee.reportsTo} of employee ${employee.employeeId} is not in the directory. Add the supervisor, then launch the cycle again.`,
      });
      continue;
    }
    plan.toOpen.push({
      employeeId: employee.employeeId,
      evaluatorId: supervisor.employeeId,
      reviewerId: supervisor.reportsTo,
    });
  }
  return plan;
}

/**
 * Returns the given units and every unit below them, sorted. Returns an
 * empty list, meaning every unit, when none are given.
 */
export function unitsWithDescendants(
  unitIds: string[],
  parentOf: ReadonlyMap<string, string | null>,
): string[] {
  if (unitIds.length === 0) return [];
  const childrenOf = new Map<string, string[]>();
  for (const [unitId, parentId] of parentOf) {
    if (parentId === null) continue;
    const children = childrenOf.get(parentId) ?? [];
    children.push(unitId);
    childrenOf.set(parentId, children);
  }
  const found = new Set<string>();
  const pending = [...unitIds];
  while (pending.length > 0) {
    const unitId = pending.pop()!;
    if (found.has(unitId)) continue;
    found.add(unitId);
    pending.push(...(childrenOf.get(unitId) ?? []));
  }
  return [...found].sort(compareIds);
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
