# import ... as of a module pymem does not have
# expect: NotImplementedError line 3
import pprint as pp
pp.pprint([1])
