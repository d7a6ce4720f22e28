# int.bit_length/bit_count over digit boundaries and signs; results in -5..256 are the cached small ints
import sys
small = 256
for n in [0, 1, -1, 7, -8, 2**30 - 1, 2**30, -2**30, 2**60, 2**64 - 1, -2**100, 10**50, True, False]:
    bl = n.bit_length()
    bc = n.bit_count()
    print(n, bl, bc, type(bl).__name__, bl is n.bit_length(), bc is n.bit_count())
big = 2**300
b = big.bit_length()
c = 301
print(b, b is c, sys.getsizeof(b), (2**255).bit_length() is small, (2**256).bit_length() is small + 1)
