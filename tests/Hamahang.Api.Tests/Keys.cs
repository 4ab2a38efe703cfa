using System.Globalization;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Tests;

/// <summary>The key inside a global id the API answered, for tests that look the record up in the database.</summary>
public static class Keys
{
    public static int Of(string id, string type)
    {
        Assert.True(GlobalId.TryDecode(id, out var typeName, out var key), $"\"{id}\" is not a global id.");
        Assert.Equal(type, typeName);
        return int.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
