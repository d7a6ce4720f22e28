# list items keep their identity through copies and sorting
a = [3]
b = [1]
l = [a, b]
print(l[:][0] is a, sorted(l)[0] is b, l.copy()[1] is b)
