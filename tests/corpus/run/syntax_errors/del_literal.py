# Cannot delete a literal.
del 5
