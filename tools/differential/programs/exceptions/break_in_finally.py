# break and continue inside finally discard the exception in flight
import sys
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        print('finally', i)
        break
print('after break', sys.exc_info())
out = []
for i in range(4):
    try:
        if i % 2:
            raise KeyError(i)
        out.append(i)
    finally:
        continue
print(out, sys.exc_info())
