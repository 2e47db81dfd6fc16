// AST node names that clash with System types.
global using Attribute = Sharpy.Syntax.Ast.Attribute;
global using Tuple = Sharpy.Syntax.Ast.Tuple;
