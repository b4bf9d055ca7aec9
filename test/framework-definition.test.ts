import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError, RuleViolationError } from "../src/domain/errors";
import type { FrameworkDefinition } from "../src/domain/framework/framework-definition";
import {
  applicableCompetencies,
  findCompetency,
  findLevel,
  listCompetencies,
} from "../src/domain/framework/framework-queries";
import { validateFrameworkDefinition } from "../src/domain/framework/validate-framework";
import {
  bundledFrameworkPaths,
  loadFrameworkFile,
} from "../src/frameworks/load-framework-file";

const CLASSIFIED_V1_SUFFIX = join(
  sep,
  "classified-performance-framework",
  "v1.json",
);

const EXPECTED_CLUSTERS = [
  {
    key: "behavior-conduct",
    name: "Behavior/Conduct",
    definition:
      "appropriate behavior for the work setting and as would be considered acceptable by most people under the circumstances",
    appliesTo: "ALL_EMPLOYEES",
  },
  {
    key: "communication",
    name: "Communication",
    definition:
      "providing and/or receiving information by speech, writing, or other means",
    appliesTo: "ALL_EMPLOYEES",
  },
  {
    key: "adaptability",
    name: "Adaptability",
    definition:
      "adjusting to changing work settings, tasks, environments, processes, etc.",
    appliesTo: "ALL_EMPLOYEES",
  },
  {
    key: "work-attributes",
    name: "Work Attributes",
    definition: "personal impact and impression",
    appliesTo: "ALL_EMPLOYEES",
  },
  {
    key: "interpersonal-skills",
    name: "Interpersonal Skills",
    definition: "interaction and cooperation with others",
    appliesTo: "ALL_EMPLOYEES",
  },
  {
    key: "professional-technical-expertise",
    name: "Professional/Technical Expertise",
    definition: "the skills and abilities necessary to perform the job",
    appliesTo: "ALL_EMPLOYEES",
  },
  {
    key: "leadership",
    name: "Leadership",
    definition: "management and/or supervision of staff",
    appliesTo: "SUPERVISORS",
  },
];

const LEADERSHIP_COMPETENCIES = [
  "culture-environment",
  "financial-management",
  "people-management",
];

const SAFETY_FOCUS_INDICATORS = [
  "Maintains awareness of personal safety to avoid injury or property damage during all work activities.",
  "Adheres to all safety practices of the trade and workplace.",
  "Recognizes potential hazards in the workplace and sees that they are addressed.",
];

const ETHICS_FIRST_INDICATOR =
  "Refrains from behavior that may appear to be a conflict of interest.";

const PROVIDING_INFORMATION_SECOND_INDICATOR =
  "Acknowledges when s/he doesn't know something and takes steps to find out.";

const WRITTEN_COMMUNICATION_FIRST_INDICATOR =
  "Uses correct vocabulary, grammar, syntax, sentence structure, etc., in a writing style that is appropriate to the type of writing in question, whether memos, letters, articles, reports, e-mails, etc.";

/** Alternative spellings of earlier competency names that the data must not use. */
const VARIANT_SPELLINGS = [
  "Action & Result Focus",
  "Professional/ Technical Expertise",
];

interface BrokenVariant {
  name: string;
  breakDefinition: (definition: FrameworkDefinition) => void;
  /** Text that a problem must contain, such as the offending key. */
  expectedInProblem: string;
}

const BROKEN_VARIANTS: BrokenVariant[] = [
  {
    name: "plus allowed on DEVELOPING",
    breakDefinition: (definition) => {
      definition.scale.plus.allowedOn = ["DEVELOPING", "EFFECTIVE"];
    },
    expectedInProblem: '"DEVELOPING"',
  },
  {
    name: "duplicate competency key",
    breakDefinition: (definition) => {
      definition.clusters[1].competencies[0].key = "ethics-and-values";
    },
    expectedInProblem: '"ethics-and-values" is already used',
  },
  {
    name: "competency key equal to a cluster key",
    breakDefinition: (definition) => {
      definition.clusters[2].competencies[1].key = "communication";
    },
    expectedInProblem: '"communication" is already used',
  },
  {
    name: "unknown aligned name",
    breakDefinition: (definition) => {
      definition.clusters[0].competencies[0].alignedWith = ["Honesty"];
    },
    expectedInProblem: '"ethics-and-values": alignedWith names "Honesty"',
  },
  {
    name: "aligned name without earlier framework",
    breakDefinition: (definition) => {
      definition.earlierFramework = null;
    },
    expectedInProblem: '"ethics-and-values": alignedWith must be empty',
  },
  {
    name: "non-increasing points",
    breakDefinition: (definition) => {
      definition.scale.levels[1].points = 1;
    },
    expectedInProblem: '"EFFECTIVE" is 1',
  },
  {
    name: "unknown top-level property",
    breakDefinition: (definition) => {
      Object.assign(definition, { clusterz: [] });
    },
    expectedInProblem: '"clusterz" at the top level',
  },
  {
    name: "unknown competency property",
    breakDefinition: (definition) => {
      Object.assign(definition.clusters[0].competencies[0], { indicator: [] });
    },
    expectedInProblem: '"indicator" in clusters[0].competencies[0]',
  },
  {
    name: "competency without indicators",
    breakDefinition: (definition) => {
      definition.clusters[5].competencies[0].indicators = [];
    },
    expectedInProblem: '"safety-focus" must have at least one indicator',
  },
  {
    name: "empty competency name",
    breakDefinition: (definition) => {
      definition.clusters[5].competencies[0].name = " ";
    },
    expectedInProblem: "clusters[5].competencies[0].name",
  },
  {
    name: "key not in kebab-case",
    breakDefinition: (definition) => {
      definition.clusters[0].key = "Behavior_Conduct";
    },
    expectedInProblem: '"Behavior_Conduct"',
  },
  {
    name: "version zero",
    breakDefinition: (definition) => {
      definition.version = 0;
    },
    expectedInProblem: "version must be a positive integer",
  },
  {
    name: "no levels",
    breakDefinition: (definition) => {
      definition.scale.levels = [];
    },
    expectedInProblem: "scale.levels",
  },
  {
    name: "lower-case level key",
    breakDefinition: (definition) => {
      definition.scale.levels[0].key = "developing";
    },
    expectedInProblem: '"developing"',
  },
  {
    name: "duplicate level key",
    breakDefinition: (definition) => {
      definition.scale.levels[2].key = "EFFECTIVE";
    },
    expectedInProblem: 'scale.levels[2].key "EFFECTIVE" is already used',
  },
  {
    name: "plus on an unknown level",
    breakDefinition: (definition) => {
      definition.scale.plus.allowedOn = ["EFFECTIVE", "EXCELLENT"];
    },
    expectedInProblem: '"EXCELLENT" is not a level',
  },
  {
    name: "plus worth a whole level",
    breakDefinition: (definition) => {
      definition.scale.plus.points = 1;
    },
    expectedInProblem: 'lifts "EFFECTIVE"',
  },
  {
    name: "policy on an unknown level",
    breakDefinition: (definition) => {
      definition.policy.commentRequiredOnLevels = ["UNSATISFACTORY"];
    },
    expectedInProblem: '"UNSATISFACTORY" is not a level',
  },
  {
    name: "unknown cluster audience",
    breakDefinition: (definition) => {
      Object.assign(definition.clusters[6], { appliesTo: "MANAGERS" });
    },
    expectedInProblem: '"MANAGERS"',
  },
  {
    name: "continues in version 1",
    breakDefinition: (definition) => {
      definition.clusters[0].competencies[0].continues = "integrity";
    },
    expectedInProblem: '"ethics-and-values": continues is "integrity"',
  },
  {
    name: "continues not in kebab-case",
    breakDefinition: (definition) => {
      definition.version = 2;
      definition.clusters[0].competencies[0].continues = "Ethics & Values";
    },
    expectedInProblem: '"ethics-and-values": continues must be null',
  },
  {
    name: "earlier name spelled two ways",
    breakDefinition: (definition) => {
      definition.earlierFramework?.competencies.push(
        "Professional/ Technical Expertise",
      );
    },
    expectedInProblem: '"Professional/ Technical Expertise" differs',
  },
];

let definition: FrameworkDefinition;
let classifiedV1Path: string;

beforeAll(async () => {
  const path = bundledFrameworkPaths().find((candidate) =>
    candidate.endsWith(CLASSIFIED_V1_SUFFIX),
  );
  if (path === undefined) {
    throw new Error(`bundled framework file ${CLASSIFIED_V1_SUFFIX} not found`);
  }
  classifiedV1Path = path;
  definition = await loadFrameworkFile(path);
});

function problemsOf(input: unknown): string[] {
  try {
    validateFrameworkDefinition(input);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleViolationError);
    const violation = error as RuleViolationError;
    expect(violation.code).toBe("INVALID_FRAMEWORK");
    return violation.details.problems as string[];
  }
  throw new Error("expected validateFrameworkDefinition to throw");
}

function allAlignedNames(framework: FrameworkDefinition): string[] {
  return listCompetencies(framework).flatMap(
    (competency) => competency.alignedWith,
  );
}

describe("bundled framework files", () => {
  it("are absolute paths including classified v1", () => {
    const paths = bundledFrameworkPaths();
    for (const path of paths) {
      expect(isAbsolute(path)).toBe(true);
    }
    expect(paths).toContain(classifiedV1Path);
  });

  it("match their directory and file name", async () => {
    for (const path of bundledFrameworkPaths()) {
      const framework = await loadFrameworkFile(path);

      expect(framework.key).toBe(basename(dirname(path)));
      expect(`v${framework.version}.json`).toBe(basename(path));
    }
  });
});

describe("classified performance framework v1", () => {
  it("has key, version and name", () => {
    expect(definition.key).toBe("classified-performance-framework");
    expect(definition.version).toBe(1);
    expect(definition.name).toBe(
      "Classified Performance Framework (revised/aligned)",
    );
  });

  it("has 7 clusters in document order", () => {
    const clusters = definition.clusters.map((cluster) => ({
      key: cluster.key,
      name: cluster.name,
      definition: cluster.definition,
      appliesTo: cluster.appliesTo,
    }));
    expect(clusters).toEqual(EXPECTED_CLUSTERS);
  });

  it("has 24 competencies", () => {
    expect(listCompetencies(definition)).toHaveLength(24);
  });

  it("has three levels lowest first", () => {
    const levels = definition.scale.levels;
    expect(levels.map((level) => level.key)).toEqual([
      "DEVELOPING",
      "EFFECTIVE",
      "HIGHLY_EFFECTIVE",
    ]);
    expect(levels.map((level) => level.points)).toEqual([1, 2, 3]);
  });

  it("allows plus on Effective and Highly Effective", () => {
    expect(definition.scale.plus.allowedOn).toEqual([
      "EFFECTIVE",
      "HIGHLY_EFFECTIVE",
    ]);
    expect(definition.scale.plus.points).toBe(0.5);
  });

  it("requires a comment on Developing", () => {
    expect(definition.policy.commentRequiredOnLevels).toEqual(["DEVELOPING"]);
  });

  it("limits Leadership to supervisors", () => {
    const supervisorClusters = definition.clusters.filter(
      (cluster) => cluster.appliesTo === "SUPERVISORS",
    );
    expect(supervisorClusters.map((cluster) => cluster.key)).toEqual([
      "leadership",
    ]);
    const leadershipKeys = supervisorClusters[0].competencies.map(
      (competency) => competency.key,
    );
    expect(leadershipKeys).toEqual(LEADERSHIP_COMPETENCIES);
  });

  it("spells each earlier competency one way", () => {
    const text = JSON.stringify(definition);
    for (const spelling of VARIANT_SPELLINGS) {
      expect(text).not.toContain(spelling);
    }
  });

  it("lists every aligned name as earlier", () => {
    const earlier = definition.earlierFramework?.competencies ?? [];
    for (const name of allAlignedNames(definition)) {
      expect(earlier).toContain(name);
    }
  });

  it("lists earlier names sorted and unique", () => {
    const earlier = definition.earlierFramework?.competencies ?? [];
    const expected = [...new Set(allAlignedNames(definition))].sort();
    expect(earlier).toEqual(expected);
  });

  it("has no predecessor competencies", () => {
    for (const competency of listCompetencies(definition)) {
      expect(competency.continues).toBeNull();
    }
  });

  it("keeps Safety Focus indicators verbatim", () => {
    const safetyFocus = findCompetency(definition, "safety-focus");
    expect(safetyFocus?.indicators).toEqual(SAFETY_FOCUS_INDICATORS);
  });

  it("keeps Ethics & Values first sentence", () => {
    const ethics = findCompetency(definition, "ethics-and-values");
    expect(ethics?.name).toBe("Ethics & Values");
    expect(ethics?.indicators[0]).toBe(ETHICS_FIRST_INDICATOR);
    expect(ethics?.indicators).toHaveLength(10);
  });

  it("does not split at s/he or etc.,", () => {
    const providing = findCompetency(definition, "providing-information");
    expect(providing?.indicators[1]).toBe(
      PROVIDING_INFORMATION_SECOND_INDICATOR,
    );
    const written = findCompetency(definition, "written-communication");
    expect(written?.indicators[0]).toBe(WRITTEN_COMMUNICATION_FIRST_INDICATOR);
  });

  it("drops the aligned-with parenthetical", () => {
    for (const competency of listCompetencies(definition)) {
      const last = competency.indicators[competency.indicators.length - 1];
      expect(last).not.toContain("Aligned with");
    }
  });

  it("merges Action & Result Focus", () => {
    const qualityOfWork = findCompetency(definition, "quality-of-work");
    expect(qualityOfWork?.alignedWith).toEqual([
      "Action & Results Focus",
      "Diligence",
    ]);
  });
});

describe("validateFrameworkDefinition", () => {
  it("returns a valid definition unchanged", () => {
    const copy = structuredClone(definition);
    expect(validateFrameworkDefinition(copy)).toBe(copy);
    expect(copy).toEqual(definition);
  });

  it("rejects a non-object", () => {
    expect(problemsOf("framework")).toHaveLength(1);
  });

  for (const variant of BROKEN_VARIANTS) {
    it(`rejects ${variant.name}`, () => {
      const broken = structuredClone(definition);
      variant.breakDefinition(broken);

      const problems = problemsOf(broken);

      const matching = problems.filter((problem) =>
        problem.includes(variant.expectedInProblem),
      );
      expect(matching, problems.join("\n")).not.toHaveLength(0);
    });
  }

  it("lists every problem found", () => {
    const broken = structuredClone(definition);
    broken.key = "Classified";
    broken.scale.plus.allowedOn = ["DEVELOPING"];
    broken.clusters[3].competencies[0].alignedWith = ["Honesty"];

    const problems = problemsOf(broken);

    expect(problems).toHaveLength(3);
  });

  it("puts the problems in the message", () => {
    const broken = structuredClone(definition);
    broken.scale.levels[1].points = 1;

    expect(() => validateFrameworkDefinition(broken)).toThrow(/"EFFECTIVE"/);
  });
});

describe("loadFrameworkFile", () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "framework-file-"));
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("rejects a missing file naming the path", async () => {
    const path = join(directory, "missing.json");

    const loading = loadFrameworkFile(path);

    await expect(loading).rejects.toBeInstanceOf(InvalidInputError);
    await expect(loading).rejects.toThrow(path);
  });

  it("rejects invalid JSON naming the path", async () => {
    const path = join(directory, "invalid.json");
    await writeFile(path, '{ "key": ');

    const loading = loadFrameworkFile(path);

    await expect(loading).rejects.toBeInstanceOf(InvalidInputError);
    await expect(loading).rejects.toThrow(path);
  });

  it("rejects an invalid definition naming the path", async () => {
    const path = join(directory, "broken.json");
    const broken = structuredClone(definition);
    broken.scale.plus.allowedOn = ["DEVELOPING"];
    await writeFile(path, JSON.stringify(broken));

    const loading = loadFrameworkFile(path);

    await expect(loading).rejects.toBeInstanceOf(RuleViolationError);
    await expect(loading).rejects.toThrow(path);
  });

  it("accepts a byte order mark", async () => {
    const path = join(directory, "with-bom.json");
    await writeFile(path, `\uFEFF${JSON.stringify(definition)}`);

    await expect(loadFrameworkFile(path)).resolves.toEqual(definition);
  });
});

describe("framework queries", () => {
  it("attach cluster key and audience", () => {
    const culture = findCompetency(definition, "culture-environment");
    expect(culture?.clusterKey).toBe("leadership");
    expect(culture?.appliesTo).toBe("SUPERVISORS");
  });

  it("find no competency for a cluster key", () => {
    expect(findCompetency(definition, "leadership")).toBeUndefined();
  });

  it("skip Leadership for non-supervisors", () => {
    const keys = applicableCompetencies(definition, false).map(
      (competency) => competency.key,
    );
    expect(keys).toHaveLength(21);
    for (const key of LEADERSHIP_COMPETENCIES) {
      expect(keys).not.toContain(key);
    }
  });

  it("include Leadership for supervisors", () => {
    expect(applicableCompetencies(definition, true)).toHaveLength(24);
  });

  it("find a level by key", () => {
    expect(findLevel(definition, "EFFECTIVE")?.points).toBe(2);
    expect(findLevel(definition, "EXCELLENT")).toBeUndefined();
  });
});
