# int('9' * 5000) raises the 3.11 ValueError about the 4300-digit int/str conversion limit
# compare: error line
import sys
print(sys.get_int_max_str_digits())
n = int('9' * 4300)
print(n % 10)
m = int('9' * 5000)
print('not reached', m % 10)
