# gi_frame / gi_code / gi_running / gi_suspended / gi_yieldfrom across a generator's life, seen from outside and from inside the running body
def inner():
    x = yield 1
    yield x

def outer():
    r = yield from inner()
    return r

g = outer()
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame is not None, g.gi_code.co_name)
print(next(g), g.gi_suspended, type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)
print(g.gi_frame.f_code is g.gi_code, g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
print(g.send('s'), g.gi_yieldfrom.gi_frame.f_locals)
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame)

def watcher():
    me = yield
    yield me.gi_running, me.gi_suspended

w = watcher()
next(w)
print(w.send(w))
w.close()
print(w.gi_frame, w.gi_suspended)
