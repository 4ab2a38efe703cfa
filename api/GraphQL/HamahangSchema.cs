using Hamahang.Api.Archiving;
using Hamahang.Api.Campaigns;
using Hamahang.Api.Data;
using Hamahang.Api.Decisions;
using Hamahang.Api.Districts;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Inspections;
using Hamahang.Api.Meetings;
using Hamahang.Api.Organizations;
using Hamahang.Api.Partnerships;
using Hamahang.Api.Security;
using Hamahang.Api.Sites;
using Hamahang.Api.WorkingGroups;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// The one place the schema is composed: every feature's queries, type extensions, mutations and
/// subscriptions are added here. schema/schema.graphql is this schema printed (a test keeps them equal).
/// </summary>
public static class HamahangSchema
{
    public static Schema Create() => Compose().Create();

    public static SchemaBuilder Compose() => SchemaBuilder.New()
        .SetDescription("Hamahang: coordination and oversight registry of Tehran's 22 municipal districts.")
        .RegisterService<AppDbContext>()
        .RegisterService<Caller>()
        .RegisterService<TimeProvider>()
        // The cost contract in the SDL and introspection, with HotChocolate's default weights
        .AddCostDirectives()
        // Queries
        .AddType(typeof(MeQueries))
        .AddType(typeof(NodeQueries))
        .AddType(typeof(DistrictQueries))
        .AddType(typeof(OrganizationQueries))
        .AddType(typeof(SiteQueries))
        .AddType(typeof(PartnershipQueries))
        .AddType(typeof(CampaignQueries))
        .AddType(typeof(MeetingQueries))
        .AddType(typeof(DecisionQueries))
        .AddType(typeof(WorkingGroupQueries))
        .AddType(typeof(InspectionQueries))
        .AddType(typeof(MarkdownQueries))
        // Type extensions
        .AddType(typeof(DistrictExtensions))
        .AddType(typeof(OrganizationExtensions))
        .AddType(typeof(SiteExtensions))
        .AddType(typeof(PartnershipExtensions))
        .AddType(typeof(OrganizationPartnershipExtensions))
        .AddType(typeof(OrganizationCapacityExtensions))
        .AddType(typeof(DistrictServiceAreaExtensions))
        .AddType(typeof(CampaignExtensions))
        .AddType(typeof(CampaignPhaseExtensions))
        .AddType(typeof(CampaignServicePointExtensions))
        .AddType(typeof(MeetingCampaignExtensions))
        .AddType(typeof(MeetingSourceUrlExtensions))
        .AddType(typeof(MeetingExtensions))
        .AddType(typeof(MeetingDecisionExtensions))
        .AddType(typeof(DecisionExtensions))
        .AddType(typeof(SourceExtensions))
        .AddType(typeof(SiteVisitExtensions))
        .AddType(typeof(DecisionNoteExtensions))
        .AddType(typeof(MinutesExtensions))
        .AddType(typeof(WorkingGroupExtensions))
        .AddType(typeof(InspectionExtensions))
        .AddType(typeof(FindingExtensions))
        // Mutations
        .AddMutationConventions()
        .AddType(typeof(MeetingMutations))
        .AddType(typeof(DecisionMutations))
        .AddType(typeof(MinutesMutations))
        .AddType(typeof(WorkingGroupMutations))
        .AddType(typeof(InspectionMutations))
        .AddType(typeof(OrganizationMutations))
        .AddType(typeof(SiteMutations))
        .AddType(typeof(PartnershipMutations))
        .AddType(typeof(CampaignMutations))
        .AddType(typeof(CapacityMutations))
        .AddType(typeof(ArchiveMutations))
        // Subscriptions
        .AddType(typeof(FindingSubscriptions))
        .AddType(typeof(MinutesSubscriptions))
        ;
}
