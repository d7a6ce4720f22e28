# import ... as of a module pymem does not have
# expect: NotImplementedError line 3
import sqlite3 as sq
sq.connect(":memory:")
