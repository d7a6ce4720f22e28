// Vitest setup (every test file of every package): property tests run with one fixed fast-check
// seed, so `npm test` draws the same cases on every run. PYMEM_FC_SEED picks another seed (to
// reproduce a failure of the long fuzz campaign, `npm run fuzz`, or to explore).
import fc from 'fast-check';

/** The seed of every property test in `npm test` unless PYMEM_FC_SEED says otherwise. */
export const DEFAULT_FC_SEED = 20151215;

const fromEnv = process.env.PYMEM_FC_SEED;
const seed = fromEnv !== undefined && /^-?\d+$/.test(fromEnv) ? Number(fromEnv) : DEFAULT_FC_SEED;
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
