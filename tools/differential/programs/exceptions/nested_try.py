# nested try statements: the inner handler catches, the outer sees only what escapes
def f(kind):
    try:
        try:
            if kind == 'k':
                raise KeyError(kind)
            if kind == 'v':
                raise ValueError(kind)
            return 'none'
        except KeyError:
            return 'inner caught'
        finally:
            print('inner finally', kind)
    except ValueError:
        return 'outer caught'
    finally:
        print('outer finally', kind)
for k in ['k', 'v', 'n']:
    print(f(k))
