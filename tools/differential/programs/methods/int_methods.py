# int methods and attributes: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, conjugate, real/imag, sizes
import sys
for n in [0, 1, 255, -255, 2**64, -2**100 + 3]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (65).to_bytes())
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'little'))
print((10).__add__(5), (7).__mul__(3), int.__neg__(4), (3).__eq__(3.0), (5).__truediv__(2))
x = 12345678901234567890
print(x.real is x, x.conjugate() is x, sys.getsizeof(x), sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60))
print(True.bit_length(), (True).real, type(True.real).__name__, (5).is_integer() if hasattr(5, 'is_integer') else 'n/a')
print(int.from_bytes(b'\x01' * 20, 'big'), (2**200).to_bytes(26, 'big')[:3])
