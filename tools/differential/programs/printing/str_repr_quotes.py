# repr of strings picks quotes like CPython
print(repr('plain'))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(repr(''))
