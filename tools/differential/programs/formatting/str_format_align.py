# str.format with align/width/fill specs on auto-numbered fields ('{:>10} : {}' was printed literally)
import sys
s = '{:>10} : {}'.format('list', 56)
print(s)
print(len(s), sys.getsizeof(s))
print('{:<8}|{:^8}|{:>8}|'.format('a', 'b', 'c'))
print('{:*<8}|{:-^9}|{:0>6}|'.format('x', 'mid', 42))
print('[{:10}] [{:<10}] [{:10}]'.format('str', 3, 2.5))
print('{:=+8}|{:=8}|{:08}'.format(12, -12, -3.5))
rows = [('list', 56), ('dict', 64), ('tuple', 40)]
for name, size in rows:
    print('{:>8} : {:>4}'.format(name, size))
t = '{}'.format('same')
print(t, t == 'same')
print(sys.getsizeof('{:>20}'.format('é')), sys.getsizeof('{:>20}'.format('a')))
