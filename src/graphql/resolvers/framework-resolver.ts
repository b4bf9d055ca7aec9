import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import {
  findFrameworkVersion,
  latestFrameworkVersion,
  listFrameworkVersions,
} from "../../application/framework-catalogue";
import { defaultFrameworkKey } from "../../application/create-cycle";
import { NotFoundError } from "../../domain/errors";
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
    const wanted = version ?? (await latestFrameworkVersion(context.db, key));
    const published =
      wanted === null
        ? null
        : await findFrameworkVersion(context.db, key, wanted);
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
}
