// Property tests run on one fixed seed, so a run of the suite (CI's above all) is reproducible: a counterexample is
// found by exploring, then kept as a test of its own. FC_SEED=random explores with a fresh seed each run (fast-check
// prints the one that failed); FC_SEED=<number> replays one.
import fc from 'fast-check';

const FIXED_SEED = 20261207;
const wanted = process.env.FC_SEED;
if (wanted !== 'random') {
  const seed = wanted === undefined ? FIXED_SEED : Number(wanted);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(wanted)}`);
  fc.configureGlobal({ seed });
}
