import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Turns the operations the tests send (test/operations/*.graphql) into typed
 * documents in test/generated/, checked against schema/schema.graphql.
 * Run `npm run codegen` after changing either, and commit the output.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/operations/**/*.graphql"],
  generates: {
    "test/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: "string" },
      },
    },
  },
  hooks: { afterAllFileWrite: ["prettier --write"] },
};

export default config;
