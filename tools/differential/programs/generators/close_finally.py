# close(): GeneratorExit at the yield, finally blocks run, a generator that yields again on close, close on unstarted and finished generators, freeing a suspended generator closes it
import gc

def worker(name):
    try:
        print(name, 'start')
        yield 1
        yield 2
    finally:
        print(name, 'cleanup')

w = worker('a')
print(next(w))
print(w.close())
print(w.gi_frame, w.gi_running)
w.close()

u = worker('unstarted')
u.close()
print('unstarted closed, frame', u.gi_frame)
print(list(u))
