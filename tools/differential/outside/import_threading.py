# threads are outside the subset: importing threading is refused before anything runs
# expect: NotImplementedError line 3
import threading
print(threading.active_count())
