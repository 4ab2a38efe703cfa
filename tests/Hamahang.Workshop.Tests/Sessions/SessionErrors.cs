namespace Hamahang.Workshop.Tests.Sessions;

public sealed class TitleEmptyException() : Exception("The title cannot be empty.");

public sealed class NoSpeakerException() : Exception("No speaker assigned.");

public sealed class EndTimeInvalidException() : Exception("endTime has to be later than startTime.");

public sealed class SessionNotFoundException() : Exception("Session not found.");
