# string.Template: $name, ${name}, $$, substitute vs safe_substitute, keyword arguments over the mapping, invalid placeholders with line/column, get_identifiers, is_valid; Formatter
import string, sys
t = string.Template('$who likes ${what}s, $$5')
print(t.substitute(who='Ann', what='apple'), '|', t.safe_substitute(who='Bob'), '|', t.template)
for tpl in ['$a $', '$a \n $1', 'x\r\ny $', '$', '${a', '$a\n\n$ ', 'ok $a']:
    try:
        print(repr(string.Template(tpl).substitute(a=1)))
    except ValueError as e:
        print(e)
try:
    string.Template('$a $b').substitute({'a': 1})
except KeyError as e:
    print(repr(e))
print(string.Template('$a ${b} $$ $c $a').get_identifiers(), string.Template('$a $').is_valid(), string.Template('$a').is_valid())
print(string.Template('${a}$a$$$b $').safe_substitute({'a': 1}, b=[2]))
print(string.Template('$a$b').substitute({'a': 1, 'b': 2}, b=3), string.Template('$_x9 $X').substitute(_x9='u', X='v'))
print(t.delimiter, t.idpattern, type(t).__name__, sys.getsizeof(t))
v = 'value'
before = sys.getrefcount(v)
s = string.Template(v)
print(sys.getrefcount(v) - before, s.template is v)
del s
print(sys.getrefcount(v) - before)
f = string.Formatter()
print(f.format('{0}-{x}', 1, x=2), f.vformat('{a}{0}', (1,), {'a': 2}), f.format('{:>5}|{!r}', 'ab', 'c'), sys.getsizeof(f))
