# explicit line joining with a backslash, implicit joining in brackets, and a file without a final newline
total = 1 + \
    2 + \
    3
items = [
    1,
    2,
]
print(total, items)