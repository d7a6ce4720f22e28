# sizes of containers as a program builds a small table of rows
import sys
rows = []
for i in range(12):
    row = {'id': i, 'name': 'n' + str(i)}
    rows.append(row)
print(sys.getsizeof(rows), sys.getsizeof(rows[0]))
names = [r['name'] for r in rows]
print(sys.getsizeof(names), sys.getsizeof(names[0]))
