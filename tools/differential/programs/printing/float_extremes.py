# the largest, smallest and subnormal floats
print(1.7976931348623157e308)
print(2.2250738585072014e-308)
print(5e-324)
print(1e308 * 10, -1e308 * 10)
