/** Shared response schemas (TypeBox → validation, types and the OpenAPI document). */
import { Type, type TSchema } from 'typebox';

export const ErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Array(Type.Object({ path: Type.String(), problem: Type.String() }))),
  }),
}, { $id: 'Error' });

export const PageOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), next_cursor: Type.Union([Type.String(), Type.Null()]) });

export const Cursor = Type.Optional(Type.String({ maxLength: 500 }));
export const Limit = Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 }));

export const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, { $ref: 'Error#' }]));
