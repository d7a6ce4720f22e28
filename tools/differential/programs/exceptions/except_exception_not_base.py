# except Exception does not catch SystemExit or KeyboardInterrupt; except BaseException does
for cls in [SystemExit, KeyboardInterrupt, GeneratorExit, ValueError]:
    try:
        try:
            raise cls()
        except Exception:
            print(cls.__name__, 'caught by Exception')
    except BaseException as b:
        print(cls.__name__, 'caught by BaseException', type(b).__name__)
