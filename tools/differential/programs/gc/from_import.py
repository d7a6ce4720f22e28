# from gc import names
from gc import collect, get_count, is_tracked
collect()
l = []
l.append(l)
del l
print(collect())
print(get_count())
print(is_tracked([]))
