using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types;

public class SchemaValidatorTests
{
    private static ObjectType Query(params FieldDefinition[] fields)
    {
        var query = new ObjectType("Query");
        foreach (var field in fields)
        {
            query.AddField(field);
        }

        return query;
    }

    private static string[] Errors(Schema schema) => schema.Errors.Select(e => e.Message).ToArray();

    [Fact]
    public void ASchemaWithoutAQueryRootIsInvalid() =>
        Assert.Equal(["Query root type must be provided."], Errors(new Schema(null)));

    [Fact]
    public void AnObjectTypeWithoutFieldsIsInvalid()
    {
        var empty = new ObjectType("Empty");
        Assert.Equal(["Type Empty must define one or more fields."], Errors(new Schema(Query(new FieldDefinition("e", empty)))));
    }

    [Fact]
    public void NamesStartingWithTwoUnderscoresAreReserved() =>
        Assert.Equal(
            ["Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection."],
            Errors(new Schema(Query(new FieldDefinition("__bad", BuiltInScalars.String)))));

    [Fact]
    public void AnImplementationMustProvideEveryInterfaceField()
    {
        var iface = new InterfaceType("Node");
        iface.AddField(new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
        var user = new ObjectType("User");
        user.AddField(new FieldDefinition("name", BuiltInScalars.String));
        user.AddInterface(iface);
        Assert.Equal(
            ["Interface field Node.id expected but User does not provide it."],
            Errors(new Schema(Query(new FieldDefinition("user", user)))));
    }

    [Fact]
    public void AnImplementationFieldMustBeASubTypeOfTheInterfaceField()
    {
        var iface = new InterfaceType("Node");
        iface.AddField(new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
        var user = new ObjectType("User");
        user.AddField(new FieldDefinition("id", BuiltInScalars.ID));
        user.AddInterface(iface);
        Assert.Equal(
            ["Interface field Node.id expects type ID! but User.id is type ID."],
            Errors(new Schema(Query(new FieldDefinition("user", user)))));
    }

    [Fact]
    public void ARequiredArgumentCannotBeDeprecated()
    {
        var field = new FieldDefinition("f", BuiltInScalars.String);
        field.AddArgument(new ArgumentDefinition("a", new NonNullType(BuiltInScalars.Int)) { DeprecationReason = "old" });
        Assert.Equal(["Required argument Query.f(a:) cannot be deprecated."], Errors(new Schema(Query(field))));
    }

    [Fact]
    public void OneOfFieldsMustBeNullableWithoutDefaults()
    {
        var input = new InputObjectType("By") { IsOneOf = true };
        input.AddField(new InputFieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
        input.AddField(new InputFieldDefinition("name", BuiltInScalars.String) { DefaultValue = "x" });
        var field = new FieldDefinition("f", BuiltInScalars.String);
        field.AddArgument(new ArgumentDefinition("by", input));
        Assert.Equal(
            ["OneOf input field By.id must be nullable.", "OneOf input field By.name cannot have a default value."],
            Errors(new Schema(Query(field))));
    }

    [Fact]
    public void AnInputObjectThatNeedsItselfCannotBeGivenAFiniteValue()
    {
        var input = new InputObjectType("Loop");
        input.AddField(new InputFieldDefinition("self", new NonNullType(input)));
        var field = new FieldDefinition("f", BuiltInScalars.String);
        field.AddArgument(new ArgumentDefinition("l", input));
        Assert.Equal(
            ["Input Object Loop cannot be provided a finite value because it references itself through fields: Loop.self."],
            Errors(new Schema(Query(field))));
    }

    [Fact]
    public void TheSameTypeCannotServeTwoRoots()
    {
        var query = Query(new FieldDefinition("a", BuiltInScalars.String));
        Assert.Equal(
            ["All root types must be different, \"Query\" type is used as query and mutation root types."],
            Errors(new Schema(query, query)));
    }

    [Fact]
    public void AValidSchemaHasNoErrors() =>
        Assert.Empty(Errors(new Schema(Query(new FieldDefinition("a", BuiltInScalars.String)))));
}
