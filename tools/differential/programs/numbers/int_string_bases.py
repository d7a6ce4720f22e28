# int(str, base): base 0 prefixes, underscores, signs and whitespace, bases 2..36, errors naming base and text, small-int identity
for s, b in [('42', 10), ('0x1F', 0), ('0o17', 0), ('0b101', 0), ('-0x_ff', 0), ('  +0B1_1  ', 0), ('0', 0), ('000', 0), ('1_000', 0),
             ('z', 36), ('ZZ', 36), ('ff', 16), ('0xff', 16), ('0o7', 8), ('0b1', 2), ('777', 8), ('-101', 2), ('10', 3)]:
    v = int(s, b)
    print(repr(s), b, v, v is int(s, b))
for s, b in [('08', 0), ('0x', 16), ('1__0', 10), ('_1', 10), ('1_', 0), ('9', 8), ('0b2', 0), ('', 10), ('12', 1), ('12', 37), ('0x1', 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(e)
for v in ['12', b'34']:
    print(int(v, 16), int(v, base=8))
try:
    int(12, 10)
except TypeError as e:
    print(e)
