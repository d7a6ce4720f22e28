# callable, hash of numbers (equal numbers hash equal, -1 -> -2, modulus 2**61-1), id stability
class F:
    def __call__(self):
        return 1
print(callable(len), callable(F), callable(F()), callable(3), callable(lambda: 0), callable(object()))
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -2**64, 1.0, 1.5, -1.5, 0.1, 1e300, True, 3 + 0j, 2j]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(()) == hash(()), hash((1, 2)) == hash((1, 2)))
print(hash((1, 2)), hash((1, (2, 3))), hash(frozenset()) , hash(None) == hash(None))
print(hash(float('inf')), hash(float('-inf')))
o = object()
print(id(o) == id(o), hash(o) == hash(o), id(o) != id(object()) or True)
