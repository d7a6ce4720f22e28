# type(x).__name__ and repr(type(x)) for the builtin types a program meets, and type(x) is the class
vals = [1, 1.5, 1j, True, None, 'a', b'b', bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1),
        len, [].append, object(), type, iter([]), iter(()), iter(''), iter({}), {}.keys(), {}.values(), {}.items(),
        map(abs, []), zip(), enumerate([]), filter(None, []), reversed([]), (x for x in []), NotImplemented, Ellipsis]
for v in vals:
    print(type(v).__name__, repr(type(v)))
class K:
    pass
print(type(K()).__name__, type(K), type(K).__name__, type(int) is type, type(type(1)) is type)
