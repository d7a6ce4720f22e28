# identifiers are NFKC-normalised: the ligature ﬁ and fullwidth letters name the same variable as ASCII
ﬁle = 'ligature'
print(file)
ｘ = 5
print(x, ｘ)
ℌ = 'fraktur'
print(H)
é = 1
print(é + 1)
