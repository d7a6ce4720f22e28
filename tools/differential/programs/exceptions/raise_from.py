# raise ... from ... sets __cause__ and __suppress_context__ and keeps __context__
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
    print(v.__cause__ is v.__context__)
try:
    raise ValueError('plain')
except ValueError as v:
    print(v.__cause__, v.__context__, v.__suppress_context__)
try:
    raise TypeError('t') from ValueError('cause made here')
except TypeError as t:
    print(repr(t.__cause__), t.__context__, t.__suppress_context__)
