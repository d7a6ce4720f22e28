// Vitest global setup: prints, once per test run, the fast-check seed the property tests use
// (tools/scripts/vitest/fixedSeed.ts sets it in every test file).
import { DEFAULT_FC_SEED } from './fixedSeed.ts';

/** Prints the seed before the tests start. */
export default function setup(): void {
  const fromEnv = process.env.PYMEM_FC_SEED;
  const seed = fromEnv !== undefined && /^-?\d+$/.test(fromEnv) ? Number(fromEnv) : DEFAULT_FC_SEED;
  console.log(`property tests: fast-check seed ${seed}${fromEnv === undefined ? ' (fixed; PYMEM_FC_SEED=N for another)' : ' (from PYMEM_FC_SEED)'}`);
}
