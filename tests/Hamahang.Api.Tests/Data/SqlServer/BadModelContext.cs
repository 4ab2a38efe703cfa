using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hamahang.Api.Tests.Data.SqlServer;

/// <summary>
/// A SQL Server context (no server: nothing is opened) whose model is what <paramref name="build"/> makes
/// it; models are cached by <paramref name="name"/>, so each test's model is its own. EF Core's own model
/// validation is off, so a model it would refuse (two identity columns) still reaches the checks.
/// </summary>
internal sealed class BadModelContext(Action<ModelBuilder> build, string name) : DbContext
{
    public string Name { get; } = name;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlServer().ReplaceService<IModelCacheKeyFactory, ByName>().ReplaceService<IModelValidator, NoValidation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => build(modelBuilder);

    private sealed class NoValidation : IModelValidator
    {
        public void Validate(IModel model, IDiagnosticsLogger<DbLoggerCategory.Model.Validation> logger)
        {
        }
    }

    private sealed class ByName : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (((BadModelContext)context).Name, designTime);
    }
}
