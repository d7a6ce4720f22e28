# float.hex and float.fromhex: normal, subnormal, signed zeros, inf/nan, rounding of long mantissas, errors
import sys
for f in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan')]:
    h = f.hex()
    print(repr(f), h, float.fromhex(h) == f or f != f)
for s in ['0x1p0', '0X1.8P+1', '-0x.8', '0x10', '1', '0x1.fffffffffffff8p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p-1074', '0x1p-1075',
          '0x1.8p-1075', '0x1p1023', '  0x1.ffffffffffffep+1023  ', 'inf', '-Infinity', 'nan', '0x0p0', '-0x0p-9999', '0x1e5', '0x1p-1076']:
    print(s.strip(), repr(float.fromhex(s)))
for s in ['', '0x', 'x1', '0x1p', '0xg', '1.2.3', '0x1p1024', '0x2p1023']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof((1.5).hex()), type(float.fromhex('0x1p1')).__name__)
