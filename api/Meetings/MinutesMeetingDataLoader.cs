using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>The meeting of each revision of minutes, by the meeting's id, for the minutes' Markdown heading.</summary>
public sealed class MinutesMeetingDataLoader(IDbContextFactory<AppDbContext> contexts) : DbSetBatchDataLoader<AppDbContext, Meeting, int>(contexts, m => m.Id);
