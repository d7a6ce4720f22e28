# complex hash as complex_hash (hash(real) + 1000003*hash(imag)), equality with ints/floats, dict and set keys
for z in [0j, 1 + 0j, 1j, -1j, 1.5 + 2.5j, complex(2**60, 1), complex(-1, 0), complex(0.1, -0.1), complex(1e300, 1e-300),
          complex(float('inf'), float('-inf')), 3 + 4j]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(complex(0.5, 0)) == hash(0.5), hash(-1 + 0j), 1j == 1j, 1 == 1 + 0j, 0.5 + 0j == 0.5)
print(complex(2**53, 0) == 2**53 + 1, complex(2**53, 0) == 2**53, (1 + 1j) == (1, 1), 1j != 'j', [1j] == [1j], (1j, 2) == (1j, 2))
d = {1: 'int', 1.0: 'float', 1 + 0j: 'complex', 1j: 'j', 2j: 'jj'}
print(d, len(d), d[1], 1j in d, 3j in d, {0j, 0, 0.0, False}, sorted({1j: 1, 2: 2}.values()))
s = {1j, 2j, 1j * 1, 2 + 0j, 2}
print(len(s), 2 in s, 2.0 + 0j in s)
