# sre accepts only fixed-width look-behinds; the error has no position.
import re
for p in ['(?<=a+)b', 'x(?<=a|bc)b', '(?<!ab?)', '(?<=a{2})b', '(?<=(a|b))c', '(?<=\\d\\w)x', '(?<=[ab]{1,2})', '(?<=a(?=b))x', '(?<=[\\]]a)', '(?<=\\x41\\u0042)c', '(?<=\\bab\\b)', '(?<=a{,2})', '(?<=a{2,})', '(?<=a{})', '(?<=(?:ab){3})', '(?<=(?P<n>ab)c)', '(?x)(?<=a b)', '(?<=a*?)', '(?<=\\0)', '(?<!a.)[^x]', '(?<=\\N{LATIN SMALL LETTER A})']:
    try: re.compile(p); print(p, 'ok')
    except re.error as e: print(p, e.msg, e.pos)
print(re.findall(r'(?<=\$)\d+', 'cost $12 and $345'))
print(re.sub(r'(?<![a-z])x', 'Y', 'ax x bx'))
