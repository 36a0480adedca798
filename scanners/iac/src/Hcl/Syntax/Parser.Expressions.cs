namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Expressions: the conditional, binary operators by precedence, and unary operators.</summary>
internal sealed partial class Parser
{
    // Trees deeper than this come only from hostile input; capping them protects every recursive consumer.
    private const int MaxTreeDepth = 256;

    private bool _reportedDepth;

    /// <summary>Parses the text given to <see cref="HclParser.ParseExpression"/>: one expression, newlines ignored.</summary>
    public Expression ParseStandaloneExpression()
    {
        _newlines = false;
        var expression = ParseExpression();
        var rest = Peek();
        if (rest.Kind != TokenKind.EndOfFile)
        {
            Unexpected(rest, "the end of the expression");
        }

        return expression;
    }

    /// <summary>Parses a whole expression; always returns a node (an <see cref="InvalidExpr"/> on error).</summary>
    private Expression ParseExpression()
    {
        var start = Peek();
        if (!Enter(start))
        {
            Leave();
            return new InvalidExpr(start.StartRange);
        }

        var result = Bounded(ParseConditional());
        Leave();
        return result;
    }

    private Expression ParseConditional()
    {
        var condition = ParseBinary(1);
        if (PeekKind() != TokenKind.Question)
        {
            return condition;
        }

        Next();
        SkipNewlinesAfterOperator();
        var errors = _diagnostics.Count;
        var whenTrue = ParseExpression();
        var colon = Peek();
        if (colon.Kind != TokenKind.Colon)
        {
            if (_diagnostics.Count == errors)
            {
                Unexpected(colon, "':' between the results of the conditional expression");
            }

            return new ConditionalExpr(condition, whenTrue, new InvalidExpr(colon.StartRange));
        }

        Next();
        SkipNewlinesAfterOperator();
        return new ConditionalExpr(condition, whenTrue, ParseExpression());
    }

    /// <summary>Precedence climbing: operators of <paramref name="minLevel"/> and tighter, left-associative.</summary>
    private Expression ParseBinary(int minLevel)
    {
        var left = ParseUnary();
        while (true)
        {
            var token = Peek();
            var level = Level(token.Kind, out var op);
            if (level < minLevel)
            {
                return left;
            }

            Next();
            SkipNewlinesAfterOperator();
            var right = level == 6 ? ParseUnary() : ParseBinary(level + 1);
            left = Bounded(new BinaryExpr(op, left, right));
        }
    }

    private Expression ParseUnary()
    {
        var token = Peek();
        if (token.Kind is not (TokenKind.Minus or TokenKind.Bang))
        {
            return ParsePostfix();
        }

        // Iterative, so a long run of '-' or '!' cannot exhaust the stack.
        var operators = new List<Token>();
        while (Peek().Kind is TokenKind.Minus or TokenKind.Bang)
        {
            operators.Add(Next());
        }

        var operand = ParsePostfix();
        for (var k = operators.Count - 1; k >= 0; k--)
        {
            var op = operators[k];
            var range = Span(op.Range, operand.Range);
            operand = op.Kind == TokenKind.Minus && operand is NumberLiteralExpr number && number.Text[0] != '-'
                ? new NumberLiteralExpr("-" + number.Text, range)
                : Bounded(new UnaryExpr(op.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Not, operand, range));
        }

        return operand;
    }

    /// <summary>
    /// The HCL specification's precedence levels (6 binds tightest); 0 for a token that is no binary operator.
    /// </summary>
    private static int Level(TokenKind kind, out BinaryOperator op)
    {
        (op, var level) = kind switch
        {
            TokenKind.Star => (BinaryOperator.Multiply, 6),
            TokenKind.Slash => (BinaryOperator.Divide, 6),
            TokenKind.Percent => (BinaryOperator.Modulo, 6),
            TokenKind.Plus => (BinaryOperator.Add, 5),
            TokenKind.Minus => (BinaryOperator.Subtract, 5),
            TokenKind.Greater => (BinaryOperator.Greater, 4),
            TokenKind.GreaterEqual => (BinaryOperator.GreaterOrEqual, 4),
            TokenKind.Less => (BinaryOperator.Less, 4),
            TokenKind.LessEqual => (BinaryOperator.LessOrEqual, 4),
            TokenKind.EqualEqual => (BinaryOperator.Equal, 3),
            TokenKind.NotEqual => (BinaryOperator.NotEqual, 3),
            TokenKind.And => (BinaryOperator.And, 2),
            TokenKind.Or => (BinaryOperator.Or, 1),
            _ => (BinaryOperator.Or, 0),
        };
        return level;
    }

    /// <summary>
    /// A line may end with an operator and the expression continue on the next line. HCL itself rejects this,
    /// but nothing else could be meant, and accepting it keeps a scan going.
    /// </summary>
    private void SkipNewlinesAfterOperator()
    {
        if (_newlines)
        {
            SkipNewlines();
        }
    }

    /// <summary>Replaces a tree grown deeper than <see cref="MaxTreeDepth"/> with a placeholder, reporting it.</summary>
    private Expression Bounded(Expression expression)
    {
        if (expression.Depth <= MaxTreeDepth)
        {
            return expression;
        }

        if (!_reportedDepth)
        {
            Error(expression.Range, $"This expression nests more than {MaxTreeDepth} levels deep; it is not analysed");
            _reportedDepth = true;
        }

        return new InvalidExpr(expression.Range);
    }
}
