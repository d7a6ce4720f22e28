# AttributeError for a missing method on a str
s = 'abc'
print(s.upper())
s.push('d')
