// The node side's clock, shared by language.mjs and validation.mjs, so graphql-js is timed the same way
// for every comparison: `median(work)` warms up for 1.5 s (JIT), then returns the median of 15 samples of
// ~200 ms each, in nanoseconds per call; `timeFor(work, ms)` runs for `ms` and returns nanoseconds per call.

export function timeFor(work, milliseconds) {
  let iterations = 0;
  const start = performance.now();
  let now = start;
  while (now - start < milliseconds) {
    work();
    iterations++;
    now = performance.now();
  }
  return ((now - start) * 1e6) / iterations;
}

export function median(work) {
  const deadline = performance.now() + 1500;
  while (performance.now() < deadline) work();
  const samples = [];
  for (let s = 0; s < 15; s++) samples.push(timeFor(work, 200));
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
