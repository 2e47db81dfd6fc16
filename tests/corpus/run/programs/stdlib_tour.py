import difflib
import pprint
import shlex
import html
import urllib.parse as up
import ipaddress
import configparser
import graphlib
import string
import array
import reprlib
import getopt
import io

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the lazy cat".split()
print(list(difflib.unified_diff(a, b, "before", "after", lineterm="", n=1)))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print("\n".join(difflib.ndiff(["one\n", "two\n"], ["one\n", "tree\n"])), end="")
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(sm.get_opcodes(), sm.find_longest_match(0, 10, 0, 10))
data = {"name": "widget", "tags": ["a", "b", "c"] * 4, "dims": {"w": 10, "h": 20, "d": {"x": list(range(12))}}, "ok": True}
pprint.pprint(data, width=50)
pprint.pprint(data, width=120, compact=True, sort_dicts=False)
print(pprint.pformat([("x" * 30, i) for i in range(3)], indent=2), pprint.saferepr({"z": 1, "a": [2]}))
print(shlex.split('cmd --name "John Smith" -x \'single q\' esc\\ aped'), shlex.quote("it's here"), shlex.join(["a b", "c"]))
print(html.escape('<a href="x">T&C\'s</a>'), html.unescape("&lt;p&gt; &amp;amp; &copy; &#x41;&#66;"))
u = up.urlparse("https://user:pw@example.com:8080/path/to;params?q=1&r=two&q=3#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username)
print(up.parse_qs(u.query), up.parse_qsl(u.query), up.urlencode({"a": "x y", "b": ["1", "2"]}, doseq=True))
print(up.quote("a b/c?d=é"), up.quote_plus("a b&c"), up.unquote("%E2%82%AC%20x"), up.urljoin("http://h/a/b/c", "../d"), up.urlunparse(u._replace(fragment="")))
net = ipaddress.ip_network("192.168.1.0/28")
print(net.num_addresses, net.netmask, net.broadcast_address, list(net.hosts())[:3], ipaddress.ip_address("10.0.0.1") in net)
print(ipaddress.ip_address("::1"), ipaddress.ip_address("192.168.1.5").is_private, ipaddress.IPv4Address(3232235777), list(net.subnets(new_prefix=30))[:2])
cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
timeout = 30
[server]
host = localhost
port = 8080
debug = yes
path = /srv/%(host)s
[client]
retries = 3
""")
print(cfg.sections(), cfg["server"]["host"], cfg.getint("server", "port"), cfg.getboolean("server", "debug"), cfg["server"]["path"], cfg["client"]["timeout"])
print(dict(cfg["client"]), cfg.get("client", "missing", fallback="fb"), cfg.has_option("server", "timeout"))
out = io.StringIO()
cfg.write(out)
print(out.getvalue().strip().splitlines()[:4])
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0])
fmt = string.Formatter()
print(fmt.format("{0}-{x!r:>5}", 1, x="y"), list(fmt.parse("a{b:c}d{e!r}")))
arr = array.array("i", [5, 3, 9])
arr.append(1)
arr.extend([7])
print(arr, arr.tolist(), arr.itemsize, arr.typecode, arr[1:3], array.array("d", [1.5]) * 2, arr.tobytes()[:8], sorted(arr))
try:
    arr.append(1.5)
except TypeError as e:
    print("TypeError:", e)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
opts, rest = getopt.getopt(["-a", "-b", "val", "--long=3", "file"], "ab:", ["long="])
print(opts, rest)
try:
    getopt.getopt(["-z"], "ab")
except getopt.GetoptError as e:
    print("GetoptError:", e)
