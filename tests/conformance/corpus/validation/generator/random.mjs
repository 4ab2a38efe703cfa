export function generatedCases() { return []; }
