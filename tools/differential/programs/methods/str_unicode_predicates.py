# str is* predicates over many Unicode characters (digits, numerics, letters, cased, spaces, printables, identifiers)
chars = '0٣۵߀०੫᠐１²³¹⁴₀①⑴⒈⓵❶½⅓ⅷↂ〇一二三万億兆零壹AzÉéßǅǈΣσςДжאبअ中あア한\u0300\u0345\u00ad\u200b\u2028\u3000\x1c\x85\xa0\u1680 \t\n\x7f\ufeff\U0001d7ce\U0001f600𝔘𝔲_$'
for c in chars:
    print(ascii(c), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(), c.isprintable(),
          c.isidentifier(), c.isupper(), c.islower(), c.istitle())
