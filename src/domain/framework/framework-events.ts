import type { FrameworkDefinition } from "./framework-definition";

/**
 * A framework version became available. The stream of a framework holds one
 * such event per version, so the stream version equals the latest version.
 */
export interface FrameworkVersionPublished {
  type: "FrameworkVersionPublished";
  data: {
    definition: FrameworkDefinition;
    /** SHA-256 of the definition's canonical JSON, in hex. */
    contentHash: string;
  };
}
