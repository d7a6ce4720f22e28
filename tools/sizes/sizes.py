# Prints, as JSON, sys.getsizeof of 250+ objects built in many ways, each with the parameters
# the @pymem/object-model size model needs (packages/object-model/src/sizes/*.test.ts runs it
# at test time with python3 and checks the model against every value), plus growth sequences.
# Usage: PYTHONHASHSEED=0 python3 tools/sizes/sizes.py > sizes.json
import json
import sys
import weakref

gs = sys.getsizeof
cases = []


def case(recipe, kind, params, obj):
    cases.append({"recipe": recipe, "type": type(obj).__name__, "kind": kind, "params": params, "size": gs(obj)})


# ---- ints and bools: by digit count, sign, zero
for v in [0, 1, -1, 5, 255, 256, -5, 2**30 - 1, 2**30, -(2**30), 2**31, 2**59, 2**60 - 1, 2**60, 2**61,
          2**90 - 1, 2**90, -(2**90), 2**120, 10**100, -(10**100), 2**300, 3**500, 7**1000, -(2**1000), 10**18, 12345678901234567890]:
    case(repr(v) if abs(v) < 10**30 else f"int with {v.bit_length()} bits", "int", {"value": str(v)}, v)
for v in [True, False]:
    case(repr(v), "int", {"value": str(int(v))}, v)

# ---- strings: every kind, several lengths
texts = ["", "a", "ab", "abc", "hello world", "x" * 100, "y" * 1000, "\xe9", "caf\xe9", "\xff" * 10, "a" * 5 + "\xe9",
         "\u0100", "a\u20ac", "\u20ac" * 50, "\u4e2d\u6587", "\uffff", "\U0001f600", "a\U0001f600", "\U0010ffff" * 3,
         "tab\there", "line\n", "quote'\"", "\x00", "\x7f", "\x80", "z" * 4096]
for t in texts:
    case(repr(t) if len(t) < 40 else f"str of {len(t)} chars", "str", {"text": t}, t)
for n in [1, 7, 8, 9, 15, 16, 17, 63, 64, 65]:
    t = "".join(chr(97 + i % 26) for i in range(n))
    case(f"built ascii str of {n}", "str", {"text": t}, t)
    t2 = t[:-1] + "\u0101"
    case(f"built ucs2 str of {n}", "str", {"text": t2}, t2)

# ---- bytes
for b in [b"", b"a", b"abc", b"\x00\xff", b"x" * 100, bytes(479), bytes(1000)]:
    case(f"bytes of {len(b)}", "bytes", {"length": len(b)}, b)

# ---- tuples
for n in [0, 1, 2, 3, 5, 10, 20, 21, 100]:
    t = tuple(range(n))
    case(f"tuple(range({n}))", "tuple", {"length": n}, t)
case("(1, 'a', None)", "tuple", {"length": 3}, (1, "a", None))

# ---- fixed-size types
def f():
    pass


class M:
    def m(self):
        pass


def make_cell():
    x = 1

    def h():
        return x
    return h.__closure__[0]


class Plain:
    pass


plain = Plain()
fixed = [
    ("None", None, "NoneType"), ("...", ..., "ellipsis"), ("NotImplemented", NotImplemented, "NotImplementedType"),
    ("1.5", 1.5, "float"), ("-0.0", -0.0, "float"), ("1e300", 1e300, "float"), ("float('inf')", float("inf"), "float"),
    ("1j", 1j, "complex"), ("object()", object(), "object"), ("range(10)", range(10), "range"),
    ("range(10**30)", range(10**30), "range"), ("range(0)", range(0), "range"), ("slice(1, 2)", slice(1, 2), "slice"),
    ("slice(None)", slice(None), "slice"), ("def f", f, "function"), ("lambda", lambda: 0, "function"),
    ("M().m", M().m, "method"), ("plain.__init__", plain.__init__, "method-wrapper"), ("len", len, "builtin_function_or_method"),
    ("[].append", [].append, "builtin_function_or_method"), ("cell", make_cell(), "cell"), ("property()", property(), "property"),
    ("staticmethod(len)", staticmethod(len), "staticmethod"), ("classmethod(len)", classmethod(len), "classmethod"),
    ("sys", sys, "module"), ("weakref.ref(plain)", weakref.ref(plain), "weakref.ReferenceType"),
    ("weakref.ref(plain, cb)", weakref.ref(plain, lambda r: None), "weakref.ReferenceType"),
    ("weakref.finalize(plain, print)", weakref.finalize(plain, print), "weakref.finalize"),
    ("iter([])", iter([]), "list_iterator"), ("reversed([])", reversed([]), "list_reverseiterator"),
    ("iter(())", iter(()), "tuple_iterator"), ("iter(range(3))", iter(range(3)), "range_iterator"),
    ("iter('abc')", iter("abc"), "str_ascii_iterator"), ("iter(set())", iter(set()), "set_iterator"),
    ("iter({})", iter({}), "dict_keyiterator"), ("iter({}.values())", iter({}.values()), "dict_valueiterator"),
    ("iter({}.items())", iter({}.items()), "dict_itemiterator"), ("{}.keys()", {}.keys(), "dict_keys"),
    ("{}.values()", {}.values(), "dict_values"), ("{}.items()", {}.items(), "dict_items"),
    ("enumerate([])", enumerate([]), "enumerate"), ("zip([], [])", zip([], []), "zip"), ("map(len, [])", map(len, []), "map"),
    ("int", int, "type"), ("type", type, "type"), ("object", object, "type"), ("str", str, "type"),
]
for recipe, obj, name in fixed:
    case(recipe, "fixed", {"name": name}, obj)

# ---- instances and classes
class S0:
    __slots__ = ()


class S1:
    __slots__ = ("a",)


class S3:
    __slots__ = ("a", "b", "c")


class SD:
    __slots__ = ("a", "__dict__")


class SW:
    __slots__ = ("a", "__weakref__")


class SDW:
    __slots__ = ("__dict__", "__weakref__")


class Sub(Plain):
    pass


class S3Sub(S3):
    __slots__ = ("d",)


class S3Plain(S3):
    pass


class SWSub(SW):
    __slots__ = ("b",)


classes = [
    ("class Plain: pass", Plain, None, None), ("__slots__ = ()", S0, [], None), ("__slots__ = ('a',)", S1, ["a"], None),
    ("__slots__ = ('a','b','c')", S3, ["a", "b", "c"], None), ("__slots__ = ('a','__dict__')", SD, ["a", "__dict__"], None),
    ("__slots__ = ('a','__weakref__')", SW, ["a", "__weakref__"], None),
    ("__slots__ = ('__dict__','__weakref__')", SDW, ["__dict__", "__weakref__"], None),
    ("class Sub(Plain)", Sub, None, "Plain"), ("class S3Sub(S3): __slots__ = ('d',)", S3Sub, ["d"], "S3"),
    ("class S3Plain(S3): pass", S3Plain, None, "S3"), ("class SWSub(SW): __slots__ = ('b',)", SWSub, ["b"], "SW"),
]
bases = {"Plain": (None, None), "S3": (["a", "b", "c"], None), "SW": (["a", "__weakref__"], None)}
for recipe, cls, slots, base in classes:
    inst = cls()
    params = {"slots": slots, "base": None if base is None else {"slots": bases[base][0]}}
    case(recipe + " instance", "instance", params, inst)
    case(recipe + " class object", "heapType", params, cls)
p2 = Plain()
p2.a = 1
p2.b = [1, 2, 3]
case("Plain() with two attributes", "instance", {"slots": None, "base": None}, p2)

# ---- lists: each way of building or changing one, with the model's operations
def lst(recipe, ops):
    obj = eval(recipe) if not recipe.startswith("!") else None
    case(recipe, "list", {"ops": ops}, obj)


def lst_exec(recipe, ops):
    ns = {}
    exec(recipe, ns)
    case(recipe, "list", {"ops": ops}, ns["l"])


for n in [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 17, 30]:
    lst("[" + ", ".join(str(i) for i in range(n)) + "]", [["display", n, True]])
for n in [1, 2, 3, 5, 10, 30, 31, 40, 77]:
    lst("[" + ", ".join(f"{i}+len('')" if True else "" for i in range(n)) + "]", [["display", n, False]])
for n in [0, 1, 3, 5, 8, 100]:
    lst(f"[None] * {n}", [["exact", n]])
    lst(f"list(range({n}))", [["extendIter", n, n]])
    lst(f"sorted(range({n}))", [["extendIter", n, n]])
    lst(f"sorted(tuple(range({n})))", [["extendSeq", n]])
    lst(f"list(tuple(range({n})))", [["extendSeq", n]])
    lst(f"[x for x in range({n})]", [["append", n]])
    lst(f"list(x for x in range({n}))", [["extendIter", 8, n]])
    lst(f"list(range({n}))[:]", [["exact", n]])
for n in [1, 3, 8, 9, 20, 100]:
    lst(f"list(x for x in [0] * {n})", [["extendIter", 8, n]])
    lst(f"list(range({n})).copy()", [["exact", n]])
    lst(f"list(range({n})) + [1]", [["exact", n + 1]])
    lst(f"list(range({n})) * 2", [["exact", 2 * n]])
    lst_exec(f"l = list(range({n}))\nl.extend(range(4))", [["extendIter", n, n], ["extendIter", 4, 4]])
for n in [1, 5, 9, 17, 100, 1000]:
    lst_exec(f"l = []\nfor i in range({n}): l.append(i)", [["append", n]])
    lst_exec(f"l = [0] * {n}\nl.append(1)", [["exact", n], ["append", 1]])
    lst_exec(f"l = [0] * {n}\nl.insert(0, 1)", [["exact", n], ["append", 1]])
    lst_exec(f"l = [0] * {n}\nl.pop()", [["exact", n], ["pop", 1]])
    lst_exec(f"l = [0] * {n}\nfor i in range({n}): l.pop()", [["exact", n], ["pop", n]])
    lst_exec(f"l = [0] * {n}\nl.remove(0)", [["exact", n], ["delSlice", 1]])
    lst_exec(f"l = [0] * {n}\nl.pop(0)", [["exact", n], ["delSlice" if n > 1 else "pop", 1]])
    lst_exec(f"l = [0] * {n}\ndel l[0]", [["exact", n], ["delSlice", 1]])
    lst_exec(f"l = [0] * {n}\nl.clear()", [["exact", n], ["clear"]])
    lst_exec(f"l = [0] * {n}\ndel l[:]", [["exact", n], ["clear"]])
    lst_exec(f"l = [0] * {n}\ndel l[{n // 2}:]", [["exact", n], ["delSlice", n - n // 2]])
    lst_exec(f"l = [0] * {n}\nl.extend((1, 2, 3))", [["exact", n], ["extendSeq", 3]])
    lst_exec(f"l = [0] * {n}\nl += [1, 2]", [["exact", n], ["extendSeq", 2]])
    lst_exec(f"l = [0] * {n}\nl.extend(x for x in range(5))", [["exact", n], ["extendIter", 8, 5]])
lst_exec("l = [1]\nl.pop()\nl.extend((1, 2, 3))", [["exact", 1], ["pop", 1], ["extendSeq", 3]])
lst_exec("l = [1]\nl.clear()\nl.extend((1, 2, 3))", [["exact", 1], ["clear"], ["extendSeq", 3]])
lst_exec("l = []\nl.extend([])", [["extendSeq", 0]])
lst_exec("l = [None] * 100\nl.append(1)\nfor i in range(50): l.pop()", [["exact", 100], ["append", 1], ["pop", 50]])

# ---- dicts
def keyinfo(d, keys):
    return [{"isNew": k not in d, "isStr": type(k) is str} for k in keys]


def dct(recipe, ops, obj):
    case(recipe, "dict", {"ops": ops}, obj)


for n in range(0, 16):
    for kind in ("int", "str"):
        keys = list(range(n)) if kind == "int" else ["k%d" % i for i in range(n)]
        src = "{" + ", ".join(f"{k!r}: 0" for k in keys) + "}"
        dct(src if n < 4 else f"{kind}-key display of {n}", [["display", n, kind == "str", [True] * n, kind == "str"]], eval(src))
for n in [16, 17, 22, 40, 60]:
    src = "{" + ", ".join(f"{k}: 0" for k in range(n)) + "}"
    dct(f"int-key display of {n}", [["display", n, False, [True] * n, False]], eval(src))
for n in [2, 6, 9, 15, 16]:
    src = "{" + ", ".join(f"1: {i}" for i in range(n)) + "}"
    dct(f"display of {n} pairs with one key", [["display", n, False, [True] + [False] * (n - 1), False]], eval(src))
for n in [1, 5, 6, 10, 11, 21, 22, 42, 43, 85, 86, 170, 171, 341, 342, 1000]:
    d = {}
    for i in range(n):
        d[i] = i
    dct(f"{n} int keys inserted", [["new"], ["insert", n, False]], d)
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    dct(f"{n} str keys inserted", [["new"], ["insert", n, True]], d)
for n in [1, 5, 6, 10, 11]:
    d = {"k%d" % i: i for i in range(n)}
    d[1] = 1
    dct(f"{n} str keys then an int key", [["new"], ["insert", n, True], ["insert", 1, False]], d)
for n in [6, 20, 100]:
    d = {i: i for i in range(n)}
    for i in range(n - 1):
        del d[i]
    dct(f"{n} int keys, all but one deleted", [["new"], ["insert", n, False], ["remove", n - 1]], d)
    d2 = d.copy()
    dct(f"copy of {n} int keys with all but one deleted", [["new"], ["insert", n, False], ["remove", n - 1], ["copy"]], d2)
    d.clear()
    dct(f"{n} int keys then clear()", [["new"], ["insert", n, False], ["clear"]], d)
    d = {i: i for i in range(5)}
    for j in range(n):
        del d[j]
        d[j + 5] = 0
    dct(f"sliding window of 5 keys moved {n} times", [["new"], ["insert", 5, False]] + [["remove", 1], ["insert", 1, False]] * n, d)
for n in [0, 1, 5, 6, 11, 30, 100]:
    src = {i: i for i in range(n)}
    dct(f"dict(d) of {n}", [["new"], ["merge", [["new"], ["insert", n, False]], keyinfo({}, list(src))]], dict(src))
    dct(f"d.copy() of {n}", [["new"], ["insert", n, False], ["copy"]], src.copy())
    t = {"a": 1}
    info = keyinfo(t, list(src))
    t.update(src)
    dct(f"{{'a': 1}}.update(d of {n})", [["new"], ["insert", 1, True], ["merge", [["new"], ["insert", n, False]], info]], t)
    dct(f"dict(zip(range({n}), range({n})))", [["new"], ["insert", n, False]], dict(zip(range(n), range(n))))
    dct(f"{{i: i for i in range({n})}}", [["new"], ["insert", n, False]], {i: i for i in range(n)})
    dct(f"dict(a=1, ...) with {n} kwargs", [["new"], ["insert", n, True]], dict(**{"k%d" % i: i for i in range(n)}))

# ---- instance dicts (split keys)
class A:
    pass


objs = [A() for i in range(3)]
for o in objs:
    o.x = 1
    o.y = 2
case("__dict__ of a 2-attribute instance, 3 instances made", "splitDict", {"instances": 3, "names": 2, "extra": 0}, objs[0].__dict__)


def split_case(instances, names, extra):
    class B:
        pass
    made = [B() for i in range(instances)]
    for i in range(names):
        setattr(made[0], "n%d" % i, i)
    d = made[0].__dict__
    for i in range(extra):
        d["e%d" % i] = i
    case(f"__dict__ after {instances} instances, {names} names, {extra} added to the dict", "splitDict",
         {"instances": instances, "names": names, "extra": extra}, d)


for instances, names, extra in [(1, 0, 0), (1, 1, 0), (1, 2, 0), (1, 5, 0), (1, 29, 0), (1, 30, 0), (1, 31, 0), (5, 2, 0),
                                (28, 2, 0), (29, 2, 0), (40, 2, 0), (40, 3, 0), (1, 2, 3), (30, 1, 1), (40, 2, 1), (40, 1, 5)]:
    split_case(instances, names, extra)

# ---- sets and frozensets
def h(k):
    return str(hash(k))


def set_ops_add(keys):
    return [["add", repr(k), h(k)] for k in keys]


def st(recipe, ops, obj):
    case(recipe, "set", {"ops": ops, "order": [repr(k) for k in obj]}, obj)


st("set(range(80000)): past 50000 items the table grows to used * 2", set_ops_add(range(80000)), set(range(80000)))
for n in [0, 1, 4, 5, 10, 18, 19, 76, 77, 100, 306, 307, 1000]:
    st(f"set(range({n}))", set_ops_add(range(n)), set(range(n)))
    st(f"frozenset(range({n}))", set_ops_add(range(n)), frozenset(range(n)))
    st(f"{{x for x in range({n})}}", set_ops_add(range(n)), {x for x in range(n)})
for n in [3, 4, 5, 8, 10, 20, 100]:
    src = "{" + ", ".join(str(i) for i in range(n)) + "}"
    st(f"literal of {n} constant ints", [["literal", set_ops_add(range(n))]], eval(src))
for n in [1, 2, 3, 5, 10]:
    src = "{" + ", ".join(f"{i}+len('')" for i in range(n)) + "}"
    st(f"literal of {n} computed ints", set_ops_add(range(n)), eval(src))
words = ["w%d" % i for i in range(40)]
for n in [3, 5, 12, 40]:
    st(f"set of {n} strs", set_ops_add(words[:n]), set(words[:n]))
    st(f"set(set of {n} strs)", [["merge", set_ops_add(words[:n])]], set(set(words[:n])))
for n in [4, 5, 20]:
    s = set(range(n))
    ops = set_ops_add(range(n))
    for i in range(n):
        s.discard(i)
        s.add(i + 1000)
        ops += [["discard", repr(i), h(i)], ["add", repr(i + 1000), h(i + 1000)]]
    st(f"set of {n} with each key replaced", ops, s)
    s2 = s.copy()
    st(f"copy of that set", [["merge", ops]], s2)
    s.clear()
    st("that set cleared", ops + [["clear"]], s)
    d = {i: i for i in range(n)}
    st(f"set(dict of {n})", [["fromDict", [[repr(k), h(k)] for k in d]]], set(d))
s = set(range(100))
for i in range(90):
    s.discard(i)
st("set(range(100)) with 90 discarded", set_ops_add(range(100)) + [["discard", repr(i), h(i)] for i in range(90)], s)
s = set(range(10))
popped = [s.pop() for i in range(3)]
st("set(range(10)) after 3 pops", set_ops_add(range(10)) + [["pop"]] * 3, s)

# ---- growth sequences
seq = {}
l = []
caps = []
for i in range(2000):
    l.append(i)
    caps.append(gs(l))
seq["listAppend"] = caps
pops = []
for i in range(2000):
    l.pop()
    pops.append(gs(l))
seq["listPop"] = pops
d = {}
dsz = []
for i in range(1000):
    d[i] = i
    dsz.append(gs(d))
seq["dictIntInsert"] = dsz
d = {}
dsz = []
for i in range(1000):
    d["k%d" % i] = i
    dsz.append(gs(d))
seq["dictStrInsert"] = dsz
s = set()
ssz = []
for i in range(20000):
    s.add(i)
    ssz.append(gs(s))
seq["setAdd"] = ssz

json.dump({"python": sys.version.split()[0], "cases": cases, "sequences": seq}, sys.stdout)
