using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>
/// Specific messages for a generic failure, in the spirit of CPython 3.11's invalid_* rules (which it
/// runs in a second pass): they look at the tokens around the failure point.
/// </summary>
internal sealed partial class Parser
{
    private void SpecificErrors()
    {
    }
}
