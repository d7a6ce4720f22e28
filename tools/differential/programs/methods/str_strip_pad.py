# strip/lstrip/rstrip with and without chars, center/ljust/rjust/zfill, expandtabs; unchanged results return the same str
import sys
s = '  padded\t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
clean = 'clean'
print(clean.strip() is clean, clean.lstrip('z') is clean, clean.rstrip() is clean)
print(clean.center(3) is clean, clean.ljust(5) is clean, clean.rjust(2) is clean, clean.zfill(4) is clean)
print(repr(clean.center(11, '*')), repr(clean.center(10)), repr(clean.ljust(8, '.')), repr(clean.rjust(8)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(6), ''.zfill(3))
print(repr('a\tbc\td'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('x\ty\n\tz'.expandtabs(2)))
print(sys.getsizeof(clean.center(100)), sys.getsizeof('é'.center(50)), sys.getsizeof(s.strip()))
print(repr('\u3000 wide\u3000'.strip()), repr('\x1cx\x1f'.strip()), repr('www.example.com'.strip('cmowz.')))
