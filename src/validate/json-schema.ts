import { z } from 'zod';
import { TeachingPlan, TrainingPlan } from './schema/index.js';
import { Domain } from './schema/training-plan.js';
import { LearningField, ModuleDetail, WorkSituation } from './schema/teaching-plan.js';

type JsonSchema = Record<string, unknown>;

/** The value an `{ include: path }` mapping stands for: any part of a document may live in its own file. */
const includeSchema: JsonSchema = {
  type: 'object',
  properties: { include: { type: 'string', description: 'path of a YAML file whose content stands here' } },
  required: ['include'],
  additionalProperties: false,
};

/** Lets every value of a schema be written as an include instead. */
function allowIncludes(schema: unknown, isValue = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => allowIncludes(s));
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties') copy[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, allowIncludes(v, true)]));
    else if (key === 'items') copy[key] = allowIncludes(value, true);
    else copy[key] = allowIncludes(value);
  }
  const isCollection = copy.type === 'object' || copy.type === 'array';
  return isValue && isCollection ? { anyOf: [copy, { $ref: '#/$defs/include' }] } : copy;
}

function toJsonSchema(schema: z.ZodType, title: string): JsonSchema {
  const generated = allowIncludes(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as JsonSchema;
  return { ...generated, title, $defs: { ...((generated.$defs as JsonSchema | undefined) ?? {}), include: includeSchema } };
}

/** JSON Schemas for each document kind and for each part that is usually kept in its own file. */
export function jsonSchemas(): Record<string, JsonSchema> {
  return {
    'training-plan': toJsonSchema(TrainingPlan, 'curric training plan (plan de formation)'),
    'training-plan-domain': toJsonSchema(Domain, 'curric training plan: one competence domain'),
    'teaching-plan': toJsonSchema(TeachingPlan, "curric teaching plan (plan d'enseignement)"),
    'teaching-plan-module': toJsonSchema(ModuleDetail, 'curric teaching plan: one detailed module'),
    'teaching-plan-learning-field': toJsonSchema(LearningField, 'curric teaching plan: one learning field'),
    'teaching-plan-work-situations': toJsonSchema(z.array(WorkSituation), 'curric teaching plan: the work situations of a module'),
  };
}
