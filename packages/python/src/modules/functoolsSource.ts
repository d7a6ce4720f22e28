// The parts of functools that CPython writes in Python (Lib/functools.py): total_ordering and
// its twelve derived comparisons (module-level functions, shared by every class it decorates),
// lru_cache's decorator, cache and cached_property. Run in the functools module's dict by
// functoolsModule.ts, over the C-level names it defined first (_lru_cache_wrapper, update_wrapper).

/** Where tracebacks through these functions point. */
export const FUNCTOOLS_FILENAME = '/usr/lib/python3.11/functools.py';

/** The derived comparisons: name, the root it is computed from, and how (in Python). */
const DERIVED: readonly [string, string, string, string][] = [
  ['__gt__', '__lt__', '(not a < b) and (a != b)', 'not op_result and self != other'],
  ['__le__', '__lt__', '(a < b) or (a == b)', 'op_result or self == other'],
  ['__ge__', '__lt__', '(not a < b)', 'not op_result'],
  ['__ge__', '__le__', '(not a <= b) or (a == b)', 'not op_result or self == other'],
  ['__lt__', '__le__', '(a <= b) and (a != b)', 'op_result and self != other'],
  ['__gt__', '__le__', '(not a <= b)', 'not op_result'],
  ['__lt__', '__gt__', '(not a > b) and (a != b)', 'not op_result and self != other'],
  ['__ge__', '__gt__', '(a > b) or (a == b)', 'op_result or self == other'],
  ['__le__', '__gt__', '(not a > b)', 'not op_result'],
  ['__le__', '__ge__', '(not a >= b) or (a == b)', 'not op_result or self == other'],
  ['__gt__', '__ge__', '(a >= b) and (a != b)', 'op_result and self != other'],
  ['__lt__', '__ge__', '(not a >= b)', 'not op_result'],
];

const SYMBOL: Readonly<Record<string, string>> = { __lt__: '<', __le__: '<=', __gt__: '>', __ge__: '>=' };
const bare = (dunder: string): string => dunder.slice(2, -2);

const derivedFunctions = DERIVED.map(([op, root, doc, expr]) => `
def _${bare(op)}_from_${bare(root)}(self, other):
    'Return a ${SYMBOL[op]} b.  Computed by @total_ordering from ${doc}.'
    op_result = type(self).${root}(self, other)
    if op_result is NotImplemented:
        return op_result
    return ${expr}
`).join('');

const convert = ['__lt__', '__le__', '__gt__', '__ge__'].map((root) =>
  `    '${root}': [${DERIVED.filter(([, r]) => r === root).map(([op]) => `('${op}', _${bare(op)}_from_${bare(root)})`).join(', ')}],`).join('\n');

/** The Python source run in the functools module. */
export const FUNCTOOLS_PY = `${derivedFunctions}
_convert = {
${convert}
}

def _defines(cls, op):
    # getattr(cls, op) is not getattr(object, op), read from the MRO: pymem's object.__lt__ is
    # not one stored slot wrapper; a builtin base (no __dict__ here) has all its comparisons
    for c in cls.__mro__:
        if c is object:
            return False
        try:
            d = c.__dict__
        except AttributeError:
            return True
        if op in d:
            return True
    return False

def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = {op for op in _convert if _defines(cls, op)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls

def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function

_NOT_FOUND = object()

class _RLock:
    # stands for the threading.RLock each cached_property holds (one thread here: entering is free)
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = _RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names (%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = f"No '__dict__' attribute on {type(instance).__name__!r} instance to cache {self.attrname!r} property."
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            with self.lock:
                val = cache.get(self.attrname, _NOT_FOUND)
                if val is _NOT_FOUND:
                    val = self.func(instance)
                    try:
                        cache[self.attrname] = val
                    except TypeError:
                        msg = f"The '__dict__' attribute on {type(instance).__name__!r} instance does not support item assignment for caching {self.attrname!r} property."
                        raise TypeError(msg) from None
        return val

def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)
`;
