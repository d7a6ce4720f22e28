# repr of bytes
print(b'abc', b'', b"it's", b'\n\t\\')
print(repr(b'"'), repr(b"'\""))
print(b'\x7f\x80\xff')
