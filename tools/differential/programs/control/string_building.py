# building strings in loops
s = ''
for i in range(5):
    s += str(i)
print(s)
parts = []
for w in 'the quick brown fox'.split():
    parts.append(w.upper())
print(' '.join(parts))
