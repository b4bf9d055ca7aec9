import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import {
  findFrameworkVersion,
  latestFrameworkVersion,
  listFrameworkVersions,
} from "../../application/framework-catalogue";
import { defaultFrameworkKey } from "../../application/create-cycle";
import { publishFramework } from "../../application/publish-framework";
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from "../../domain/errors";
import type { RequestContext } from "../request-context";
import { Framework } from "../types/framework-types";
import { toFramework } from "../types/to-framework";

@Resolver(() => Framework)
export class FrameworkResolver {
  @Query(() => Framework, {
    description:
      "A published framework version; the latest version when none is given. Readable without signing in.",
  })
  async framework(
    @Ctx() context: RequestContext,
    @Arg("key", () => String, { defaultValue: defaultFrameworkKey })
    key: string,
    @Arg("version", () => Int, { nullable: true }) version?: number | null,
  ): Promise<Framework> {
    const requestedVersion =
      version ?? (await latestFrameworkVersion(context.db, key));
    const published =
      requestedVersion === null
        ? null
        : await findFrameworkVersion(context.db, key, requestedVersion);
    if (published === null) {
      throw new NotFoundError(
        version == null
          ? `No framework ${key} is published.`
          : `Framework ${key} has no published version ${version}.`,
        { key, version: version ?? null },
      );
    }
    return toFramework(published);
  }

  @Query(() => [Framework], {
    description: "Every published framework version, oldest first.",
  })
  async frameworks(@Ctx() context: RequestContext): Promise<Framework[]> {
    const versions = await listFrameworkVersions(context.db);
    const published = await Promise.all(
      versions.map((entry) =>
        findFrameworkVersion(context.db, entry.key, entry.version),
      ),
    );
    return published.flatMap((entry) =>
      entry === null ? [] : [toFramework(entry)],
    );
  }

  @Mutation(() => Framework, {
    description:
      "Publishes a framework version (HR). Publishing the same definition again changes nothing; a changed definition needs the next version number.",
  })
  async publishFrameworkVersion(
    @Ctx() context: RequestContext,
    @Arg("definition", () => GraphQLJSONObject)
    definition: Record<string, unknown>,
  ): Promise<Framework> {
    if (context.actor === null) {
      throw new UnauthenticatedError("Sign in to publish a framework.");
    }
    if (!context.actor.roles.includes("HR")) {
      throw new ForbiddenError("Only HR can publish a framework version.");
    }
    const result = await publishFramework(context.db, definition, {
      actorId: context.actor.userId,
      correlationId: context.correlationId,
      now: context.now(),
    });
    const published = await findFrameworkVersion(
      context.db,
      result.key,
      result.version,
    );
    return toFramework(published!);
  }
}
