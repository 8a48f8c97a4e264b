/**
 * Property tests are deterministic in `npm test`: one fixed seed for every fc.assert, so a
 * run fails only when the code changed. `npm run fuzz` (scripts/fuzz.js) explores other seeds
 * through FUZZ_SEED and FUZZ_RUNS and prints the command that replays a failure.
 */
import fc from "fast-check";

const seed = process.env.FUZZ_SEED === undefined ? 20261205 : Number(process.env.FUZZ_SEED);
const runs = process.env.FUZZ_RUNS === undefined ? undefined : Number(process.env.FUZZ_RUNS);
if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${process.env.FUZZ_SEED}`);
fc.configureGlobal({ seed, ...(runs !== undefined && runs > 0 ? { numRuns: runs } : {}) });
