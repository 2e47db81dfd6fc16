import cmd, io, sys

class Shell(cmd.Cmd):
    """A tiny shell."""
    intro = 'Welcome to the shell. Type help or ? to list commands.'
    prompt = '(shell) '

    def __init__(self, **kw):
        super().__init__(**kw)
        self.total = 0

    def do_add(self, arg):
        'Add numbers: ADD 1 2 3'
        try:
            self.total += sum(int(x) for x in arg.split())
        except ValueError:
            print('*** invalid number', file=self.stdout)
            return
        print('total =', self.total, file=self.stdout)

    def do_reset(self, arg):
        self.total = 0

    def help_reset(self):
        print('Reset the total to zero.', file=self.stdout)

    def help_topics(self):
        print('Some topics.', file=self.stdout)

    def do_undoc(self, arg):
        print('undoc', repr(arg), file=self.stdout)

    def do_shell(self, arg):
        print('shell:', arg, file=self.stdout)

    def complete_add(self, text, line, begidx, endidx):
        return [n for n in ('1', '10', '100') if n.startswith(text)]

    def do_quit(self, arg):
        'Quit the shell.'
        print('Bye', file=self.stdout)
        return True

    do_EOF = do_quit

    def precmd(self, line):
        return line.lower() if line.startswith('ADD') else line

    def postloop(self):
        print('postloop ran', file=self.stdout)


script = io.StringIO('add 1 2 3\nADD 4\n\nhelp\nhelp add\nhelp reset\n? quit\nhelp nothing\nbogus command\n!ls -l\nundoc   spaced  args \n\nadd x\n$$$\nquit\nadd 1\n')
out = io.StringIO()
sh = Shell(stdin=script, stdout=out)
sh.use_rawinput = False
sh.cmdloop()
print(out.getvalue())

out = io.StringIO()
sh = Shell(stdin=io.StringIO('add 5\n'), stdout=out)
sh.use_rawinput = False
sh.cmdloop(intro='Custom intro')
print(out.getvalue())

sh = Shell()
print(sh.parseline('  add 1 2 '), sh.parseline('?'), sh.parseline('!x'), sh.parseline(''), sh.parseline('x-y'))
print(sh.completenames('a'), sh.completenames(''), sorted(sh.complete_help('re')))
print(sh.complete('ad', 0), sh.complete('ad', 1), sh.complete('q', 0))
sh.cmdqueue = ['add 7', 'quit']
sh.cmdloop(intro='')
c = cmd.Cmd(stdout=io.StringIO())
c.onecmd('help')
print(repr(c.stdout.getvalue()))
c.columnize([])
c.columnize(['one'])
c.columnize(['w%d' % i * (i % 4 + 1) for i in range(40)], 60)
print(c.stdout.getvalue())
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print(e)
print(c.onecmd('whatever'), c.lastcmd)
print(cmd.PROMPT, repr(cmd.IDENTCHARS), cmd.Cmd.ruler, cmd.Cmd.nohelp)
sh.cmdloop()   # stdin is empty: input() raises EOFError -> do_EOF
