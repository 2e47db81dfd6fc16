"""Sharpy's asyncio: a compact single-threaded event loop (no sockets, subprocesses or threads).

Scheduling follows CPython's algorithms (FIFO ready queue, deadline heap, Task stepping) so that
programs interleave exactly as they do on CPython.
"""

from .exceptions import *
from .coroutines import iscoroutine, iscoroutinefunction
from .events import *
from .futures import Future, isfuture, wrap_future
from .tasks import *
from .locks import *
from .queues import *
from .timeouts import *
from .taskgroups import *
from .runners import *
from .exceptions import CancelledError, InvalidStateError, TimeoutError, IncompleteReadError, \
    LimitOverrunError, BrokenBarrierError
from .events import get_event_loop, set_event_loop, new_event_loop, get_running_loop, \
    _get_running_loop, _set_running_loop, get_event_loop_policy, set_event_loop_policy, \
    AbstractEventLoop, AbstractEventLoopPolicy, DefaultEventLoopPolicy, SelectorEventLoop, \
    Handle, TimerHandle
