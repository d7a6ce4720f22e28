# float() of strings: inf/nan spellings, whitespace, underscores, exponents, Unicode digits, errors; identity of float(f)
import sys
for s in ['1.5', '  1e5 ', '-inf', 'INFINITY', '+nan', '-nan', 'iNf', '1_000.5', '.5', '5.', '1e-400', '1e400', '-0', '0x10' if False else '10',
          '\t3.25\n', '1E+2', '٣.٥', '1_5e1_0']:
    f = float(s)
    print(repr(s), repr(f), sys.getsizeof(f))
for s in ['', ' ', '1_', '_1', '1__0', '1.5.', 'e5', '1e', 'infinit', 'nan1', '0x10', '1,5', '1_.5', '1._5']:
    try:
        float(s)
    except ValueError as e:
        print(e)
f = 2.75
print(float(f) is f, float(b'1.5'), float(7), float(-0.0), float(True), float(2**60))
try:
    float(2**1024)
except OverflowError as e:
    print(e)
