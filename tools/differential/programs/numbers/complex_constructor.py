# complex(): numbers, two arguments (complex parts combine), strings with parens/spaces/signs, identity of exact input, errors
import sys
z = 1 + 2j
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.0), complex(z) is z, complex(z, 0) is z)
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(0, 1j), complex(-0.0), complex(real=1, imag=2), complex(imag=3))
for s in ['1+2j', ' ( 3-4j ) ', '-j', '+j', 'j', '5', '-1.5e3', '1e3j', '-inf+nanj', 'infj', '1_0+2_0j', '.5-.5j', '(1)', '  2j  ']:
    print(repr(s), complex(s))
for args in [('x',), ('1+',), ('1+2',), ('1+2jj',), ('(1+2j',), ('1 + 2j',), ('',), ('1', 2), (1, '2'), (None,), (1, None), ([],)]:
    try:
        print(complex(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 5j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()), sys.getsizeof(complex(1, 2)), type(complex('1')).__name__)
