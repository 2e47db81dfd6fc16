"""HTML character entity references: name2codepoint, codepoint2name, entitydefs, html5.

The HTML 4 tables are built from html's own reference table (plus HTML 4's own code points
for 'lang'/'rang'). `html5` holds the references Sharpy's html.unescape knows (the HTML 4
names, with and without ';', and HTML5's upper-case legacy forms), not all 2231 of HTML5.
"""
from html import _ENTITIES

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

# HTML5-only names that share the table with the HTML 4 ones.
_NOT_HTML4 = {'AMP', 'COPY', 'GT', 'LT', 'QUOT', 'REG', 'apos'}

_codepoints = {}
for _name, _text in _ENTITIES.items():
    if _name.endswith(';') and len(_text) == 1 and _name[:-1] not in _NOT_HTML4:
        _codepoints[_name[:-1]] = ord(_text)
_codepoints['lang'] = 0x2329   # HTML 4 (HTML5 uses U+27E8/U+27E9)
_codepoints['rang'] = 0x232A
name2codepoint = {name: _codepoints[name] for name in sorted(_codepoints)}

html5 = dict(_ENTITIES)

codepoint2name = {codepoint: name for name, codepoint in name2codepoint.items()}

entitydefs = {name: chr(codepoint) for name, codepoint in name2codepoint.items()}

del _name, _text, _codepoints
