// Collects the hand-written cases, one module per group of rules, in the order
// of graphql-js 17.1.0's specifiedRules. A case's name is "<Rule>/<title>".
import operations from './cases/operations.mjs';
import types from './cases/types.mjs';
import fragments from './cases/fragments.mjs';
import { uniqueAndDefined, allowedPosition } from './cases/variables.mjs';
import directives from './cases/directives.mjs';
import { argumentNames, argumentValues } from './cases/arguments.mjs';
import { overlapping } from './cases/overlapping.mjs';

const groups = [
  ...operations,
  ...types,
  ...fragments,
  ...uniqueAndDefined,
  ...directives,
  ...argumentNames,
  ...argumentValues,
  ...allowedPosition,
  ...overlapping,
];

export function handwrittenCases() {
  return groups.flatMap((group) =>
    group.cases.map(([title, document, schema]) => ({
      name: `${group.rule}/${title}`,
      schema: schema ?? group.schema,
      document,
    })),
  );
}
