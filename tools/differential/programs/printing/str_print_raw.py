# print writes strings as they are
print('caf\xe9', '\u20ac')
print('tab\tseparated')
print('quote\'s and "dq"')
