# f-string fields with a format spec are outside the subset
# expect: NotImplementedError line 4
x = 3.14159
print(f'{x:.2f}')
