import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BuiltinType, createTypeRegistry, heapClassInfo, typePreHeaderSize, type BuiltinTypeName } from './index.js';

// Ask python3 for the layout facts of every builtin type the registry knows.
function pythonTypes(names: readonly string[]): Record<string, [number, number, boolean, boolean]> {
  const script = `
import json, types, weakref, sys
def gen(): yield 1
objs = {
  'object': object, 'NoneType': type(None), 'ellipsis': type(...), 'NotImplementedType': type(NotImplemented),
  'int': int, 'bool': bool, 'float': float, 'complex': complex, 'str': str, 'bytes': bytes,
  'bytearray': bytearray, 'tuple': tuple, 'list': list, 'dict': dict, 'set': set, 'frozenset': frozenset,
  'range': range, 'slice': slice, 'function': types.FunctionType, 'method': types.MethodType,
  'builtin_function_or_method': type(len), 'type': type, 'module': types.ModuleType, 'cell': types.CellType,
  'weakref': weakref.ref, 'code': types.CodeType, 'list_iterator': type(iter([])),
  'tuple_iterator': type(iter(())), 'range_iterator': type(iter(range(1))), 'str_ascii_iterator': type(iter('a')),
  'set_iterator': type(iter(set())), 'dict_keyiterator': type(iter({})), 'dict_keys': type({}.keys()),
  'dict_values': type({}.values()), 'dict_items': type({}.items()), 'enumerate': enumerate, 'zip': zip,
  'generator': types.GeneratorType, 'property': property, 'staticmethod': staticmethod, 'classmethod': classmethod,
  'getset_descriptor': type(type.__dict__['__dict__']), 'member_descriptor': type(type.__dict__['__weakrefoffset__']),
  'mappingproxy': types.MappingProxyType, 'super': super,
  'map': map, 'filter': filter, 'reversed': reversed, 'list_reverseiterator': type(reversed([])),
  'callable_iterator': type(iter(int, 1)), 'dict_reversekeyiterator': type(reversed({})), 'str_iterator': type(iter('\u00e9')),
  'BaseException': BaseException, 'AttributeError': AttributeError, 'OSError': OSError, 'ImportError': ImportError,
  'SyntaxError': SyntaxError, 'NameError': NameError, 'StopIteration': StopIteration, 'SystemExit': SystemExit,
  'traceback': types.TracebackType, 'frame': types.FrameType,
}
names = json.loads(sys.argv[1])
print(json.dumps({n: [objs[n].__basicsize__, objs[n].__itemsize__, bool(objs[n].__flags__ & (1 << 14)), objs[n].__weakrefoffset__ != 0] for n in names}))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, JSON.stringify(names)], { encoding: 'utf8' }));
}

describe('builtin types as data', () => {
  it('have the basic size, item size, GC flag and weakref support python3 reports', () => {
    const registry = createTypeRegistry();
    const names = Object.keys(BuiltinType) as BuiltinTypeName[];
    const py = pythonTypes(names);
    for (const name of names) {
      const t = registry.get(BuiltinType[name]);
      expect([t.basicSize, t.itemSize, t.gc, t.weakrefable], name).toEqual(py[name]);
    }
  });

  it('release lists and tuples from the end and everything else forward', () => {
    const r = createTypeRegistry();
    expect(r.get(BuiltinType.list).releaseOrder).toBe('reverse');
    expect(r.get(BuiltinType.tuple).releaseOrder).toBe('reverse');
    expect(r.get(BuiltinType.dict).releaseOrder).toBe('forward');
  });

  it('track dicts lazily, GC containers always, atoms never', () => {
    const r = createTypeRegistry();
    expect(r.get(BuiltinType.dict).tracking).toBe('lazy');
    expect(r.get(BuiltinType.list).tracking).toBe('always');
    expect(r.get(BuiltinType.str).tracking).toBe('never');
  });

  it('registers heap classes through type.registered, with the next id', () => {
    const r = createTypeRegistry();
    const info = heapClassInfo(r.nextId, { name: 'C' });
    r.apply({ type: 'type.registered', info });
    expect(r.byName('C')).toBe(info);
    expect(() => r.apply({ type: 'type.registered', info })).toThrow(/next id/);
  });
});

describe('heap classes', () => {
  it('have the sys.getsizeof of python3 for plain classes and every __slots__ shape', () => {
    const shapes: Record<string, string[] | null> = {
      Plain: null,
      S0: [],
      S1: ['a'],
      S3: ['a', 'b', 'c'],
      SD: ['a', '__dict__'],
      SW: ['a', '__weakref__'],
      SDW: ['__dict__', '__weakref__'],
    };
    const lines = Object.entries(shapes).map(([n, s]) =>
      s === null ? `class ${n}: pass` : `class ${n}: __slots__ = ${JSON.stringify(s).replace('[', '(').replace(']', ',)').replace('(,)', '()')}`,
    );
    const script = `import sys, json\n${lines.join('\n')}\nprint(json.dumps({n: sys.getsizeof(globals()[n]()) for n in ${JSON.stringify(Object.keys(shapes))}}))`;
    const py = JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' })) as Record<string, number>;
    for (const [name, slots] of Object.entries(shapes)) {
      const t = heapClassInfo(100, slots === null ? { name } : { name, slots });
      expect(t.basicSize + typePreHeaderSize(t), name).toBe(py[name]);
    }
  });
});
