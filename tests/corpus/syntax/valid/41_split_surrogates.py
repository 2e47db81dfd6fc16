# Adjacent lone-surrogate escapes: two code points in CPython, never the astral character
# (cases from test_codecs, test_unicode, test_json/test_scanstring, test_tcl, test_codeccallbacks,
# test_sqlite3/test_userfunctions, test_capi/test_unicode, test_json/test_tool).
pair = '\ud834\udd1e'
astral = '\U0001d11e'
mixed = '\U0001d11e\ud834\udd1e\U0001d11e'
upper = "[\uD800\uDC80]"
long_form = '\U0000d800\U0000dfff'
raw_then_escape = r'\ud834' '\udd1e'
concatenated = '\ud834' '\udd1e'
concat_three = 'a\ud834' u'\udd1e' 'b\ud834' '\udd1e'
reversed_pair = '\udd1e\ud834'
lone_high_then_astral = '\ud834\U0001d11e'
fstring = f'\ud834\udd1e{pair!r}\ud83d' f'\udca9'
fstring_spec = f'{pair:\ud834\udd1e}'
cases = [("utf-8", "\ud800\udfff", b'\xed\xa0\x80\xed\xbf\xbf'), ('\ud803\ude6d',)]
docstring_like = """\ud83d\udcbb and \ud83d\udca9"""
bytes_untouched = b'\\ud834\\udd1e'
