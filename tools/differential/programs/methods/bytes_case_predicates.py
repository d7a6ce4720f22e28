# bytes case methods and is* predicates are ASCII only: bytes above 127 are neither letters nor cased
cases = [b'hello world', b'Hello World', b'HELLO', b'abc123', b'123', b'', b' \t\n\x0b\x0c\r', b'\x1c', b'caf\xc3\xa9', b'\xe9', b"they're bill's", b'a1b2']
for b in cases:
    print(b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
    print(b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
