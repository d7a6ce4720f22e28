# the 3.11 builtin exception hierarchy: bases and subclass relations
names = [ZeroDivisionError, OverflowError, KeyError, IndexError, UnboundLocalError, NotImplementedError,
         RecursionError, ModuleNotFoundError, FileNotFoundError, StopIteration, GeneratorExit,
         KeyboardInterrupt, SystemExit, AssertionError, AttributeError, UnicodeDecodeError, TabError,
         DeprecationWarning, UserWarning, TimeoutError, ConnectionResetError, BrokenPipeError]
for cls in names:
    print(cls.__name__, [b.__name__ for b in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception), issubclass(SystemExit, Exception))
print(issubclass(Warning, Exception), issubclass(BaseException, object), issubclass(OSError, Exception))
print(EnvironmentError is OSError, IOError is OSError)
