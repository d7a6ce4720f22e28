# divmod and // % with every sign combination for ints (small and big) and floats; results are new tuples, small ints cached
import sys
for a in [7, -7, 2**70 + 3, -(2**70 + 3)]:
    for b in [2, -2, 3**40, -(3**40)]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a, q == a // b, r == a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (0.0, -1), (1e300, 1e-300), (5, 0.5), (-1, 1e100)]:
    print(a, b, divmod(a, b), a // b, a % b)
x = divmod(10, 3)
y = divmod(10, 3)
print(x is y, x[0] is y[0], sys.getsizeof(x), type(x).__name__)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (2**80, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(e)
