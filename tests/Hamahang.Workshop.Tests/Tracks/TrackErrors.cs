namespace Hamahang.Workshop.Tests.Tracks;

public sealed class TrackNotFoundException() : Exception("Track not found.");
