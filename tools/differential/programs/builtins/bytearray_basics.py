# bytearray basics: constructors and their errors, repr quoting, truth, hashing, iteration, bytes(ba) copies, not tracked by gc
import sys, gc
print(bytearray(), bytearray(2), bytearray(b'ab'), bytearray([0, 255]), bytearray('ab', 'ascii'), bytearray(bytearray(b'z')))
print(repr(bytearray(b"'")), repr(bytearray(b'"')), repr(bytearray(b'\'"')), repr(bytearray(b'\\\t\n\r\x7f')), str(bytearray(b'q')))
ba = bytearray(b'hi')
print(bool(ba), bool(bytearray()), len(ba), list(ba), [c for c in ba], ba[0], ba[-1], ba[5:], ba[::-1])
print(gc.is_tracked(ba), sys.getsizeof(ba), type(iter(ba)).__name__, sys.getsizeof(iter(ba)), gc.is_tracked(iter(ba)))
b = bytes(ba)
print(type(b).__name__, b, bytes(ba) is bytes(ba), bytearray(ba) is ba, bytearray(ba) == ba)
it = iter(ba)
print(next(it))
ba.append(33)
print(list(it), ord(bytearray(b'A')))
for bad in [lambda: hash(bytearray()), lambda: bytearray('x'), lambda: bytearray(-1), lambda: bytearray([256]),
            lambda: bytearray(1.5), lambda: bytearray(b'x', 'ascii'), lambda: bytearray('x', encoding=5), lambda: {bytearray(): 1}]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
