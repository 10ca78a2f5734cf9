// /openapi.json, generated from the route table and the very zod schemas that validate requests.
import { z } from "zod";
import type { Route } from "./routes.ts";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** One OpenAPI parameter per field of an object schema. */
function parametersOf(schema: z.ZodType | undefined, location: "query" | "path"): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...fieldSchema } = property;
    return {
      name,
      in: location,
      required: location === "path" || (object.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: fieldSchema,
    };
  });
}

const ERROR_RESPONSE = { $ref: "#/components/responses/Error" };

function operationOf(route: Route): JsonSchema {
  const responses: Record<string, unknown> = {
    [route.ok.status]: {
      description: route.ok.description,
      content: { [route.ok.mediaType ?? "application/json"]: route.paged ? { schema: { $ref: "#/components/schemas/Page" } } : {} },
    },
  };
  if (route.query || route.params || route.body) responses["400"] = ERROR_RESPONSE;
  if (route.mayMiss) responses["404"] = ERROR_RESPONSE;
  if (route.writes) responses["403"] = ERROR_RESPONSE;
  const operation: JsonSchema = {
    operationId: `${route.method}${route.path.replace(/[{}]/g, "").replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
    summary: route.summary,
    tags: [route.tag],
    parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")],
    responses,
  };
  if (route.body) {
    operation.requestBody = {
      required: true,
      content: Object.fromEntries(Object.entries(route.body).map(([type, schema]) => [type, { schema: jsonSchema(schema) }])),
    };
  }
  if (route.writes) operation.security = [{ bearer: [] }];
  return operation;
}

export function openApiDocument(routes: Route[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operationOf(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "sitrep",
      version,
      description:
        "Who did what to whom, when and where, from news articles: documents, actors, fused events with every " +
        "source and its evidence, quotes, timelines, search and exports. Read-only unless the server was started " +
        "with --allow-write or --token (then writes need `Authorization: Bearer <token>`).",
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Page: {
          type: "object",
          description: "one page of a list; total counts every match of the filter",
          required: ["items", "total", "limit", "offset"],
          properties: {
            items: { type: "array", items: { type: "object" } },
            total: { type: "integer", minimum: 0 },
            totalIsLowerBound: { type: "boolean", description: "more matches than the API counts; total is a lower bound" },
            limit: { type: "integer", minimum: 1 },
            offset: { type: "integer", minimum: 0 },
          },
        },
      },
      responses: {
        Error: {
          description: "an error, naming the parameter or id at fault",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["error"],
                properties: {
                  error: {
                    type: "object",
                    required: ["code", "message"],
                    properties: { code: { type: "string" }, message: { type: "string" }, parameter: { type: "string" } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
