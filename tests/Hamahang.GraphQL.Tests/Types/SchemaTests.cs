using Hamahang.GraphQL.Introspection;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types;

public class SchemaTests
{
    private static (Schema Schema, InterfaceType Named, ObjectType Dog, ObjectType Cat, UnionType Pet) PetSchema()
    {
        var named = new InterfaceType("Named");
        named.AddField(new FieldDefinition("name", BuiltInScalars.String));
        var dog = new ObjectType("Dog");
        dog.AddField(new FieldDefinition("name", BuiltInScalars.String));
        dog.AddInterface(named);
        var cat = new ObjectType("Cat");
        cat.AddField(new FieldDefinition("name", BuiltInScalars.String));
        cat.AddInterface(named);
        var pet = new UnionType("Pet");
        pet.AddType(dog);
        pet.AddType(cat);
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("pets", new ListType(pet)));
        query.AddField(new FieldDefinition("named", named));
        return (new Schema(query), named, dog, cat, pet);
    }

    [Fact]
    public void TheTypeMapFollowsGraphQLJsOrder()
    {
        var (schema, _, _, _, _) = PetSchema();
        Assert.Equal(
            [
                "Query", "Pet", "Dog", "Named", "String", "Cat", "Boolean",
                "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ],
            schema.Types.Select(t => t.Name));
    }

    [Fact]
    public void PossibleTypesOfAnInterfaceAreItsImplementations()
    {
        var (schema, named, dog, cat, pet) = PetSchema();
        Assert.Equal([dog, cat], schema.GetPossibleTypes(named));
        Assert.Equal([dog, cat], schema.GetPossibleTypes(pet));
        Assert.True(schema.IsSubType(named, dog));
        Assert.False(schema.IsSubType(pet, named));
    }

    [Fact]
    public void MetaFieldsExistOnTheQueryRootOnly()
    {
        var (schema, _, dog, _, _) = PetSchema();
        Assert.Same(IntrospectionTypes.SchemaMetaField, schema.GetField(schema.QueryType!, "__schema"));
        Assert.Null(schema.GetField(dog, "__schema"));
        Assert.Same(IntrospectionTypes.TypeNameMetaField, schema.GetField(dog, "__typename"));
    }

    [Fact]
    public void TypesCannotChangeOnceTheSchemaIsCreated()
    {
        var (_, _, dog, _, _) = PetSchema();
        Assert.True(dog.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => dog.AddField(new FieldDefinition("age", BuiltInScalars.Int)));
        Assert.Throws<InvalidOperationException>(() => dog.Description = "changed");
    }

    [Fact]
    public void TwoTypesWithOneNameAreRefused()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", new ObjectType("Same")));
        query.AddField(new FieldDefinition("b", new ObjectType("Same")));
        var error = Assert.Throws<InvalidOperationException>(() => new Schema(query));
        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Same\".", error.Message);
    }

    [Fact]
    public void AbstractTypesResolveByTypenameEntryOrClrType()
    {
        var (schema, named, dog, cat, _) = PetSchema();
        Assert.Same(cat, schema.ResolveAbstractType(named, new Dictionary<string, object?> { ["__typename"] = "Cat" }));
        Assert.Null(schema.ResolveAbstractType(named, new object()));
        Assert.NotSame(cat, dog);
    }
}
