import a
import a.b.c
import a as b, c.d as e
from a import b
from a.b import c as d, e
from . import a
from .. import b
from ... import c
from .... import d
from .a import b
from ...a.b import c
from a import (b, c)
from a import (b as c,
               d)
from a import *
from __future__ import annotations
