# the is* predicates of str over digits, letters, spaces, identifiers, unicode numerics, the empty string
cases = ['123', '12.5', 'abc', 'abc1', 'ABC', 'Abc Def', ' \t\n', '', '_id1', '1id', '²', '½', '٣', 'é', '\x07', 'ab cd', 'ⅷ', 'a\u0300']
for s in cases:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isupper(), s.islower(), s.istitle(), s.isprintable(), s.isascii())
