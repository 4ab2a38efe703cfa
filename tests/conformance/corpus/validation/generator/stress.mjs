export function stressCases() { return []; }
