// Prints the SDL of PostGraphile 5 + V4 preset for SCHEMA (env) with the global DEFAULT_BEHAVIOR (env) and, when
// JWT_TYPE (env, schema.type) is set, that JWT type.
import { makeSchema } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makeV4Preset } from "postgraphile/presets/v4";
import { makePgService } from "postgraphile/adaptors/pg";
import { parse, print, printSchema, lexicographicSortSchema, visit } from "graphql";
const preset = {
  extends: [PostGraphileAmberPreset, makeV4Preset({
    simpleCollections: "omit",
    ...(process.env.JWT_TYPE ? { jwtPgTypeIdentifier: process.env.JWT_TYPE, jwtSecret: "variant" } : {}),
  })],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: [process.env.SCHEMA] })],
  schema: { defaultBehavior: process.env.DEFAULT_BEHAVIOR ?? "" },
};
const { schema } = await makeSchema(preset);
// Only the shape is recorded: the descriptions are PostGraphile's prose.
const withoutDescriptions = visit(parse(printSchema(lexicographicSortSchema(schema))), {
  enter: (node) => ("description" in node && node.description ? { ...node, description: undefined } : undefined),
});
process.stdout.write(print(withoutDescriptions) + "\n");
process.exit(0);
