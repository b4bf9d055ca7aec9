/**
 * A competency framework as published data. A published version never
 * changes; an evaluation pins the version it was opened under.
 */
export interface FrameworkDefinition {
  /** Stable identifier of the framework across versions, in kebab-case. */
  key: string;
  /** Positive integer, increasing with each published change. */
  version: number;
  name: string;
  description: string;
  scale: RatingScale;
  /** The earlier framework whose competencies this one is aligned with. */
  earlierFramework: EarlierFramework | null;
  policy: FrameworkPolicy;
  clusters: Cluster[];
}

/** The rating levels, lowest first, and the optional "+" mark. */
export interface RatingScale {
  levels: RatingLevel[];
  plus: PlusMark;
}

export interface RatingLevel {
  /** Stable upper-case key, such as `HIGHLY_EFFECTIVE`. */
  key: string;
  name: string;
  description: string;
  /** Numeric value used for averages; higher is better. */
  points: number;
}

export interface PlusMark {
  name: string;
  description: string;
  /** Points added to the level's points when the mark is given. */
  points: number;
  /** Keys of the levels that may carry the mark. */
  allowedOn: string[];
}

export interface EarlierFramework {
  name: string;
  /** Competency names of the earlier framework, each spelled one way. */
  competencies: string[];
}

/** Rules that a framework version may set differently from another. */
export interface FrameworkPolicy {
  /** Keys of the levels whose ratings need a comment before the evaluator signs. */
  commentRequiredOnLevels: string[];
}

/** Who a cluster's competencies apply to. */
export type ClusterAudience = "ALL_EMPLOYEES" | "SUPERVISORS";

export interface Cluster {
  /** Stable kebab-case key, such as `behavior-conduct`. */
  key: string;
  name: string;
  definition: string;
  appliesTo: ClusterAudience;
  competencies: Competency[];
}

export interface Competency {
  /** Stable kebab-case key, such as `ethics-and-values`. */
  key: string;
  name: string;
  /** Behavioural indicators, one sentence each, in document order. */
  indicators: string[];
  /** Names from `earlierFramework.competencies` that this competency replaces. */
  alignedWith: string[];
  /**
   * Key of the competency in the previous version that this one continues,
   * so growth can be followed across versions. Null for a new competency.
   */
  continues: string | null;
}
