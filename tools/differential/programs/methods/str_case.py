# str case methods: title capitalize swapcase casefold upper lower on ASCII and non-ASCII; each builds a new object
import sys
for s in ['hello world', "they're bill's", 'ÉCOLE élève', 'straße', 'ǆemal', 'MiXeD 123 cAsE', '']:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()), repr(s.upper()), repr(s.lower()))
s = 'already lower'
t = s.lower()
print(t == s, t is s, sys.getsizeof(t), sys.getsizeof('ÉCOLE'.lower()), sys.getsizeof('straße'.upper()))
print('ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ß'.casefold(), 'Σ'.lower(), 'ΑΣ'.lower())
print('hello'.istitle(), 'Hello World'.istitle(), 'HELLO'.isupper(), 'hello1'.islower(), ''.isupper())
