# the 3.11 int<->str digit limit: str() and int() past 4300 digits, sys.set_int_max_str_digits, power-of-two bases exempt
import sys
print(sys.get_int_max_str_digits())
n = 10**4299
print(len(str(n)), len(repr(n)))
big = 10**4300
for f in [lambda: str(big), lambda: repr(-big), lambda: int('1' * 4301), lambda: f'{big}']:
    try:
        f()
    except ValueError as e:
        print(e)
print(len(hex(big)), len(bin(big)), int('1' * 5000, 16) > 0, len(str(int('9' * 4300))))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10**20000)))
for v in [100, -1, 639]:
    try:
        sys.set_int_max_str_digits(v)
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(640)
try:
    int('1' * 641)
except ValueError as e:
    print(e)
