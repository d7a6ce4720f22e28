# sys.getsizeof of ints by 30-bit digit count: 0, boundaries 2**30k - 1 / 2**30k, negatives, bools
import sys
for k in range(0, 8):
    lo = 2**(30 * k) - 1
    hi = 2**(30 * k)
    print(k, sys.getsizeof(lo), sys.getsizeof(hi), sys.getsizeof(-hi), lo.__sizeof__(), hi.__sizeof__())
print(sys.getsizeof(0), sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(10**100), sys.getsizeof(-10**1000))
x = 1
sizes = []
for i in range(12):
    sizes.append(sys.getsizeof(x))
    x = x * 1000003
print(sizes)
