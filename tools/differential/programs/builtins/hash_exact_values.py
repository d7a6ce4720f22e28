# hash() values that need all 64 bits: ints past 2**61 reduced modulo 2**61-1, negative ones, floats, tuples (xxHash lanes), nested tuples, and __hash__ slot agreement
for v in [2**61 - 2, 2**61 - 1, 2**61, 2**62 + 12345, 2**100, -2**100, -(2**61 - 1), -2**61, 10**30 + 7]:
    print(hash(v), hash(v) == v.__hash__())
for v in [1.5, -2.25, 1e100, -1e-100, 2.0**70, 123456789.123]:
    print(hash(v), hash(v) == v.__hash__())
for v in [(), (1,), (1, 2), (1, (2, 3)), ((),), (-1,), (2**64, 'x' == 'y'), (True, 1.5), ((1, 2), (3, (4, 5)))]:
    print(hash(v) == hash(tuple(v)), hash(v) == v.__hash__(), hash(v) if 'x' not in str(v) else 0)
print(hash((1, 2)), hash((0,)), hash(((), ())), hash((1.5, -1)))
