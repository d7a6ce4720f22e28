# a traceback line of an expression spread over several lines shows its first line, no carets
def f(x):
    return x.missing
items = [1,
         2]
print(len(items))
result = f(
    items)
