// co_stacksize of a generator's code (a generator's size is 152 + 8 * (nlocalsplus + co_stacksize)):
// the deepest value stack the 3.11 bytecode of the body reaches. Placeholder model: refined below.
import type { ScopeNode } from './symtablePass.js';

/** The maximum stack depth of a def's, lambda's or generator expression's code. */
export function stackDepth(node: ScopeNode): number {
  void node;
  return 2;
}
