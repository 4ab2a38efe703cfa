using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Collects what a <see cref="FilterInputType{T}"/> declares and turns it into the members its input filters on:
/// the fields named with <see cref="Field{TField}"/> first, then (bound implicitly) the inferred members not named or
/// ignored. A member that cannot be filtered, a name used twice or an expression that reads no property fails the
/// schema's build, naming the filter input type.
/// </summary>
/// <typeparam name="T">The entity filtered.</typeparam>
/// <param name="source">The filter input type's class.</param>
internal sealed class FilterInputTypeDescriptor<T>(Type source) : IFilterInputTypeDescriptor<T>
{
    private readonly List<FieldDescriptor> _fields = [];
    private readonly HashSet<PropertyInfo> _ignored = [];
    private string? _name;
    private string? _description;
    private bool _explicit;

    public IFilterInputTypeDescriptor<T> Name(string value)
    {
        _name = value;
        return this;
    }

    public IFilterInputTypeDescriptor<T> Description(string? value)
    {
        _description = value;
        return this;
    }

    public IFilterInputTypeDescriptor<T> BindFieldsExplicitly()
    {
        _explicit = true;
        return this;
    }

    public IFilterInputTypeDescriptor<T> BindFieldsImplicitly()
    {
        _explicit = false;
        return this;
    }

    public IFilterFieldDescriptor Field<TField>(Expression<Func<T, TField>> propertyOrMember)
    {
        var member = Property(propertyOrMember);
        var field = _fields.Find(f => f.Property == member);
        if (field is null)
        {
            field = new FieldDescriptor(member);
            _fields.Add(field);
        }

        return field;
    }

    public IFilterInputTypeDescriptor<T> Ignore(Expression<Func<T, object?>> propertyOrMember)
    {
        _ignored.Add(Property(propertyOrMember));
        return this;
    }

    public FilterInputDefinition CreateDefinition()
    {
        var members = new List<FilterMember>();
        foreach (var field in _fields.Where(f => !_ignored.Contains(f.Property)))
        {
            var member = FilterMembers.Member(field.Property) ?? throw new InvalidOperationException(
                $"{source.Name} binds {typeof(T).Name}.{field.Property.Name}, whose type {field.Property.PropertyType.Name} cannot be filtered.");
            members.Add(member with { Name = field.FieldName ?? member.Name, Description = field.FieldDescription });
        }

        if (!_explicit)
        {
            members.AddRange(FilterMembers.Of(typeof(T)).Where(m => !_ignored.Contains(m.Property) && members.TrueForAll(e => e.Property != m.Property)));
        }

        if (members.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1 || g.Key is "and" or "or") is { } clash)
        {
            throw new InvalidOperationException($"{source.Name} declares the input field \"{clash.Key}\" twice (and and or are every filter input's own).");
        }

        return new FilterInputDefinition(source, _name, _description, members);
    }

    private PropertyInfo Property(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body is MemberExpression { Member: PropertyInfo property } access && access.Expression == expression.Parameters[0]
            ? property
            : throw new ArgumentException($"{source.Name}: a filter field reads one property of {typeof(T).Name}, as s => s.Title; not {expression}.");
    }

    private sealed class FieldDescriptor(PropertyInfo property) : IFilterFieldDescriptor
    {
        public PropertyInfo Property => property;

        public string? FieldName { get; private set; }

        public string? FieldDescription { get; private set; }

        public IFilterFieldDescriptor Name(string value)
        {
            FieldName = value;
            return this;
        }

        public IFilterFieldDescriptor Description(string? value)
        {
            FieldDescription = value;
            return this;
        }
    }
}
