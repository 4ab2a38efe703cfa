using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.GraphQL.EntityFramework.Subscriptions;

namespace Hamahang.Api.Extensions;

internal static class WriteExtensions
{
    /// <summary>
    /// The write side: every input's validator, every feature's commands (the mutations' services), and the
    /// subscription outbox (events written with the change that raises them, delivered by every host). After AddHamahangGraphQL.
    /// </summary>
    public static WebApplicationBuilder AddHamahangWrites(this WebApplicationBuilder builder)
    {
        builder.Services.AddHamahangWrites();
        builder.Services.AddGraphQLOutbox<AppDbContext>();
        return builder;
    }

    public static IServiceCollection AddHamahangWrites(this IServiceCollection services)
    {
        foreach (var type in typeof(WriteExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (type.IsSubclassOf(typeof(CommandService)))
            {
                services.AddScoped(type);
            }

            foreach (var validator in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                services.AddSingleton(validator, type);
            }
        }

        return services;
    }
}
