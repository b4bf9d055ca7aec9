import type { EmployeeEntry } from "../domain/directory/employee-entry";
import type { UnitEntry } from "../domain/directory/unit-entry";

/**
 * The sample district that demo mode loads: 200 people in a tree of 14
 * units. The same ids and names come out on every call, so demo tokens and
 * tests can name people.
 */
export interface DemoDistrict {
  units: UnitEntry[];
  employees: EmployeeEntry[];
  /** The scope of the demo cycle: the divisions' classified staff. */
  cycleScope: { unitIds: string[]; jobClassifications: string[] };
  /** The transferred employee's entry after the transfer. */
  transfer: EmployeeEntry;
}

/** People the demo tokens and the demo evaluations are built around. */
export const demoPeople = {
  superintendent: "E0001",
  /** Director of Operations: reviews the maintenance team. */
  operationsDirector: "E0003",
  /** Maintenance Supervisor: evaluates the maintenance team. */
  maintenanceSupervisor: "E0006",
  /** Transportation Supervisor: a supervisor who is evaluated too. */
  transportationSupervisor: "E0007",
  /** A maintenance worker whose evaluation waits for their acknowledgement. */
  signedEmployee: "E0022",
  /** A groundskeeper whose supervisor post is vacant. */
  withoutSupervisor: "E0035",
  /** A custodian moved from Lincoln to Washington Elementary. */
  transferred: "E0122",
} as const;

/** Day the demo directory took effect, and the day of the transfer. */
export const demoDirectoryDays = {
  loaded: "2025-07-01",
  transferred: "2025-09-15",
} as const;

interface Site {
  unitId: string;
  supervisorClassification: string;
  staffClassifications: string[];
  staffCount: number;
}

const sitesByDivision: Record<string, Site[]> = {
  operations: [
    site(
      "maintenance",
      "Maintenance Supervisor",
      ["Custodian", "Maintenance Worker", "Groundskeeper"],
      21,
    ),
    site(
      "transportation",
      "Transportation Supervisor",
      ["Bus Driver", "Mechanic"],
      21,
    ),
    site(
      "nutrition",
      "Nutrition Services Supervisor",
      ["Food Service Worker", "Cook"],
      21,
    ),
  ],
  business: [
    site(
      "fiscal",
      "Fiscal Services Supervisor",
      ["Accounting Technician", "Payroll Specialist"],
      21,
    ),
    site(
      "technology",
      "Technology Services Supervisor",
      ["IT Technician", "Help Desk Specialist"],
      21,
    ),
  ],
  schools: [
    site(
      "lincoln-elementary",
      "School Office Manager",
      ["Office Assistant", "Instructional Aide", "Custodian"],
      21,
    ),
    site(
      "washington-elementary",
      "School Office Manager",
      ["Office Assistant", "Instructional Aide", "Custodian"],
      20,
    ),
    site(
      "jefferson-middle",
      "School Office Manager",
      ["Office Assistant", "Instructional Aide", "Library Technician"],
      20,
    ),
    site(
      "riverbend-high",
      "School Office Manager",
      ["Office Assistant", "Instructional Aide", "Library Technician"],
      20,
    ),
  ],
};

const units: UnitEntry[] = [
  unit("district", "Riverbend Unified School District", "DISTRICT", null),
  unit(
    "superintendent-office",
    "Office of the Superintendent",
    "OFFICE",
    "district",
  ),
  unit("operations", "Operations Division", "DIVISION", "district"),
  unit("business", "Business Services Division", "DIVISION", "district"),
  unit("schools", "School Support Division", "DIVISION", "district"),
  unit("maintenance", "Maintenance and Grounds", "OFFICE", "operations"),
  unit("transportation", "Transportation", "OFFICE", "operations"),
  unit("nutrition", "Nutrition Services", "OFFICE", "operations"),
  unit("fiscal", "Fiscal Services", "OFFICE", "business"),
  unit("technology", "Technology Services", "OFFICE", "business"),
  unit("lincoln-elementary", "Lincoln Elementary School", "SCHOOL", "schools"),
  unit(
    "washington-elementary",
    "Washington Elementary School",
    "SCHOOL",
    "schools",
  ),
  unit("jefferson-middle", "Jefferson Middle School", "SCHOOL", "schools"),
  unit("riverbend-high", "Riverbend High School", "SCHOOL", "schools"),
];

const directors: Record<string, string> = {
  operations: "Director of Operations",
  business: "Director of Business Services",
  schools: "Director of School Support",
};

const firstNames = [
  "Ana",
  "Ben",
  "Carmen",
  "Dev",
  "Elena",
  "Felix",
  "Grace",
  "Hugo",
  "Iris",
  "Jamal",
  "Kira",
  "Luis",
  "Maya",
  "Noah",
  "Olga",
  "Priya",
  "Quinn",
  "Rosa",
  "Sam",
  "Tariq",
  "Uma",
  "Victor",
  "Wen",
  "Yara",
  "Zane",
];
const lastNames = [
  "Alvarez",
  "Brooks",
  "Chen",
  "Diaz",
  "Evans",
  "Fischer",
  "Garcia",
  "Hughes",
  "Ito",
  "Johnson",
  "Kowalski",
  "Lopez",
  "Murphy",
  "Nguyen",
  "Okafor",
  "Patel",
  "Quintero",
  "Rossi",
  "Singh",
  "Tanaka",
  "Usman",
  "Vargas",
  "Walsh",
  "Young",
  "Zimmer",
];

/**
 * Builds the demo district. Employee ids run from E0001: the
 * superintendent, an executive assistant, three division directors, one
 * supervisor per office or school, then each site's staff in site order.
 */
export function buildDemoDistrict(): DemoDistrict {
  const employees: EmployeeEntry[] = [];
  const add = (entry: Omit<EmployeeEntry, "employeeId" | "name">) => {
    const index = employees.length;
    const employeeId = `E${String(index + 1).padStart(4, "0")}`;
    employees.push({ employeeId, name: nameOf(index), ...entry });
    return employeeId;
  };

  const superintendent = add({
    jobClassification: "Superintendent",
    unitId: "superintendent-office",
    supervises: true,
    reportsTo: null,
  });
  add({
    jobClassification: "Executive Assistant",
    unitId: "superintendent-office",
    supervises: false,
    reportsTo: superintendent,
  });
  const directorOf = new Map<string, string>();
  for (const [division, classification] of Object.entries(directors)) {
    directorOf.set(
      division,
      add({
        jobClassification: classification,
        unitId: division,
        supervises: true,
        reportsTo: superintendent,
      }),
    );
  }
  const sites = Object.entries(sitesByDivision).flatMap(([division, list]) =>
    list.map((entry) => ({ ...entry, division })),
  );
  const supervisorOf = new Map<string, string>();
  for (const entry of sites) {
    supervisorOf.set(
      entry.unitId,
      add({
        jobClassification: entry.supervisorClassification,
        unitId: entry.unitId,
        supervises: true,
        reportsTo: directorOf.get(entry.division)!,
      }),
    );
  }
  for (const entry of sites) {
    for (let index = 0; index < entry.staffCount; index += 1) {
      const classifications = entry.staffClassifications;
      add({
        jobClassification: classifications[index % classifications.length]!,
        unitId: entry.unitId,
        supervises: false,
        reportsTo: supervisorOf.get(entry.unitId)!,
      });
    }
  }

  const vacant = employees.find(
    (employee) => employee.employeeId === demoPeople.withoutSupervisor,
  )!;
  vacant.reportsTo = null;

  const classifications = new Set(
    sites.flatMap((entry) => [
      entry.supervisorClassification,
      ...entry.staffClassifications,
    ]),
  );
  const transferred = employees.find(
    (employee) => employee.employeeId === demoPeople.transferred,
  )!;
  return {
    units: units.map((entry) => ({ ...entry })),
    employees,
    transfer: {
      ...transferred,
      unitId: "washington-elementary",
      reportsTo: supervisorOf.get("washington-elementary")!,
    },
    cycleScope: {
      unitIds: Object.keys(sitesByDivision),
      jobClassifications: [...classifications].sort(),
    },
  };
}

function nameOf(index: number): string {
  const first = firstNames[index % firstNames.length]!;
  const last =
    lastNames[(index * 7 + Math.floor(index / 25)) % lastNames.length]!;
  return `${first} ${last}`;
}

function site(
  unitId: string,
  supervisorClassification: string,
  staffClassifications: string[],
  staffCount: number,
): Site {
  return { unitId, supervisorClassification, staffClassifications, staffCount };
}

function unit(
  unitId: string,
  name: string,
  kind: UnitEntry["kind"],
  parentId: string | null,
): UnitEntry {
  return { unitId, name, kind, parentId };
}
