# 'await' outside async function.
def f():
    await something()
