# str case mappings beyond ASCII: full mappings (ß, ligatures, İ), titlecase digraphs, final sigma, casefold; sizes
import sys
words = ['straße', 'ﬁne ﬂow', 'İstanbul', 'ǆungla ǈ', 'ΟΔΟΣ ΟΔΟΣ.', 'ΣΑ Σ', 'ᾳ ᾼ', 'ŉ', 'Ǆ', 'ﬃ', 'ǰ', 'ΐ', 'hello\u0345', 'AΣ\u0345b', 'ß'*3]
for w in words:
    print(ascii(w.upper()), ascii(w.lower()), ascii(w.title()), ascii(w.capitalize()), ascii(w.swapcase()), ascii(w.casefold()))
print(sys.getsizeof('straße'.upper()), sys.getsizeof('ΟΔΟΣ'.lower()), sys.getsizeof('é'.upper()), sys.getsizeof('a€'.upper()))
print(sys.getsizeof('\U0001f600a'.upper()), 'ǆ'.istitle(), 'ǅ'.istitle(), 'Ǆ'.isupper(), 'ǅ'.isupper(), 'ǅ'.islower())
