# repr escapes control characters and backslashes
print(repr('tab\there'))
print(repr('line\nbreak\r'))
print(repr('back\\slash'))
print(repr('\x00\x07\x1f\x7f'))
