# string module: the constant sets, capwords, Template substitute/safe_substitute, Formatter
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable))
print(string.capwords('hello   world  of python'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}s, $$5')
print(t.substitute(who='Ann', what='apple'), t.safe_substitute(who='Bob'), t.template)
print(string.Formatter().format('{0}-{x}', 1, x=2), type(string.ascii_letters).__name__)
