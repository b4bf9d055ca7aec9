import type { Actor } from "../actor";
import type { FrameworkDefinition } from "../framework/framework-definition";

/** Inputs from outside the evaluation that every evaluation decision needs. */
export interface DecisionContext {
  /** The user who issued the command. */
  actor: Actor;
  /**
   * The framework version the evaluation is pinned to, or for opening, the
   * version to pin.
   */
  framework: FrameworkDefinition;
  /** The time the command is handled. */
  now: Date;
}

/** Context of a signature, with the stream hash the signer saw. */
export interface SigningContext extends DecisionContext {
  /** Hash of the stream's last event, stored as the signature's `signedHash`. */
  streamHash: string;
}

/** Context of an employee response. */
export interface ResponseContext extends DecisionContext {
  /**
   * Days after the evaluator's signature, counted from when it was recorded,
   * during which the employee may attach a response.
   */
  responseWindowDays: number;
}
