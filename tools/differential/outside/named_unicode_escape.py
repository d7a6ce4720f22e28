# \N{...} escapes in string literals are outside the subset
# expect: NotImplementedError line 3
s = "\N{BULLET} item"
print(len(s))
