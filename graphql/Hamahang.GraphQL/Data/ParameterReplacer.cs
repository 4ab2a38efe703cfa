using System.Linq.Expressions;

namespace Hamahang.GraphQL.Data;

/// <summary>Rewrites a lambda's body over another parameter, so lambdas built apart can be combined in one expression.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="argument"/>.</summary>
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
