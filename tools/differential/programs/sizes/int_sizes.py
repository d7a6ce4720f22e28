# getsizeof of ints by digit count: zero counts one digit, sign does not matter
import sys
for v in [0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, -(2 ** 90), 10 ** 100]:
    print(sys.getsizeof(v))
