# repr keeps printable non-ASCII characters and escapes the others
print(repr('caf\xe9'))
print(repr('\u20ac \u4e2d'))
print(repr('\x80\x9f\xa0'))
print(repr('\u200b\u2028'))
print(repr('\U0001f600'))
