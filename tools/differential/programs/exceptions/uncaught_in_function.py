# an uncaught exception from nested calls: one traceback entry per frame, with carets
def parse(text):
    return int(text)
def load(items):
    out = []
    for t in items:
        out.append(parse(t))
    return out
print(load(['1', '2']))
print(load(['3', 'x']))
