# string module constants (values, lengths, types) and capwords with and without a separator
import string, sys
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), repr(string.printable[-6:]))
print(string.capwords('hello   world  of python'), string.capwords('a-b c-d', '-'), repr(string.capwords('  ')))
print(string.capwords('mIxEd cAsE'), string.capwords('x,y', sep=','), type(string.ascii_letters).__name__)
print(sys.getsizeof(string.ascii_letters), sys.getsizeof(string.whitespace), 'q' in string.ascii_lowercase)
print(sys.getsizeof(string), string.__name__, type(string.capwords).__name__ in ('function', 'builtin_function_or_method'))
