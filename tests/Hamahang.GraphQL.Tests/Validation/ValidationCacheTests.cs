using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Validation;
using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation;

public class ValidationCacheTests : ValidationHarness<FieldsOnCorrectTypeRule>
{
    [Fact]
    public void TheSameTextIsValidatedOnce()
    {
        var cache = new ValidationCache();
        var first = cache.Validate(TestSchema, Parser.Parse("{ dog { nam } }"));
        var second = cache.Validate(TestSchema, Parser.Parse("{ dog { nam } }"));
        Assert.Same(first, second);
        Assert.Single(first);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void OptionsArePartOfTheKey()
    {
        var cache = new ValidationCache();
        var withSuggestions = cache.Validate(TestSchema, Parser.Parse("{ dog { nam } }"));
        var without = cache.Validate(TestSchema, Parser.Parse("{ dog { nam } }"), new ValidationOptions { Suggestions = false });
        Assert.NotEqual(withSuggestions[0].Message, without[0].Message);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void TheLeastRecentlyUsedResultIsDroppedPastTheCapacity()
    {
        var cache = new ValidationCache(capacity: 2);
        var a = cache.Validate(TestSchema, Parser.Parse("{ dog { a } }"));
        cache.Validate(TestSchema, Parser.Parse("{ dog { b } }"));
        cache.Validate(TestSchema, Parser.Parse("{ dog { a } }"));
        cache.Validate(TestSchema, Parser.Parse("{ dog { c } }"));
        Assert.Equal(2, cache.Count);
        Assert.Same(a, cache.Validate(TestSchema, Parser.Parse("{ dog { a } }")));
    }

    [Fact]
    public void ConcurrentCallersGetTheSameErrors()
    {
        var cache = new ValidationCache(capacity: 8);
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 200, i => results.Add(cache.Validate(TestSchema, Parser.Parse($"{{ dog {{ f{i % 16} }} }}"))[0].Message));
        Assert.Equal(200, results.Count);
        Assert.True(cache.Count <= 8);
        Assert.All(results, m => Assert.StartsWith("Cannot query field \"f", m, StringComparison.Ordinal));
    }
}
