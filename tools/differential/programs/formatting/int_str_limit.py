# the 3.11 int/str conversion limit: sys.get/set_int_max_str_digits, big str()/int() once the limit is lifted or raised
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
n = 10 ** 4299
print(len(str(n)), len(repr(n)), int('7' * 4300) % 1000)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)), int('8' * 5000) % 97)
sys.set_int_max_str_digits(0)
big = 10 ** 20000
print(sys.get_int_max_str_digits(), len(str(big)), len(f'{big}'), len('%d' % big), sys.getsizeof(big))
print(hex(2 ** 20000)[:10], len(bin(2 ** 20000)))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
