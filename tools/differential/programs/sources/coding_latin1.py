# a latin-1 coding declaration on line 2 is honoured; this ASCII source spells the accent as an escape
# vim: set fileencoding=latin-1 :
print("\xe9", len("\xe9".encode("latin-1")))
