# time: clock types and monotonic differences, sleep errors, gmtime's struct_time (fields, size, untracked, tm_zone), strftime directives, asctime
import time, sys, gc
for bad in ['x', -1, None]:
    try: time.sleep(bad)
    except Exception as e: print(type(e).__name__, e)
t = time.gmtime(0); print(t, type(t).__name__, type(t).__module__, len(t), t.tm_year, t[0], sys.getsizeof(t), gc.is_tracked(t), t.tm_zone, t.tm_gmtoff)
print(time.gmtime(1700000000.5), time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %%', time.gmtime(86400*365)))
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__, type(time.process_time()).__name__)
print(time.asctime(time.gmtime(0)), time.struct_time, repr(sys.version_info)[:20], type(sys.version_info))
print(time.strftime('%A %B %p %I %y %w %U %W %e %c %x %X %D %T %R %F %Z %z', time.gmtime(10**9)))
a = time.perf_counter(); time.sleep(0.01); b = time.perf_counter(); print(b - a >= 0.009, time.monotonic() <= time.monotonic())
t0 = time.time(); print(abs(time.time() - t0) < 5, time.time_ns() // 10**9 - int(time.time()) in (0, 1, -1))
print(tuple(time.gmtime(951782400)), time.gmtime(951782400).tm_yday, [time.strftime('%U %W', time.gmtime(86400 * d)) for d in (0, 3, 4, 10, 364)])
