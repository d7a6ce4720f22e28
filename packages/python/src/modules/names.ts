// The names `import` accepts: the builtin modules this package writes in TypeScript (one file
// each under modules/). The parser refuses any other name up front; import.ts builds each
// module on its first import (PyImport_ImportModule's sys.modules miss).

/** Modules a program may import, in the order the refusal message lists them. */
export const SUPPORTED_MODULES: readonly string[] = ['gc', 'sys', 'weakref', 'math', 'random', 'string', 'operator', 'functools', 'collections', 'itertools', 'heapq', 'bisect', 'json', 'pprint', 'time', 'struct', 'copy', 'array', 'ctypes'];
