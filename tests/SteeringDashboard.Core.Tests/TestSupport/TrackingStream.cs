namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>An upload that remembers whether anyone read it.</summary>
public sealed class TrackingStream(byte[] content) : MemoryStream(content)
{
    public bool WasRead { get; private set; }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        WasRead = true;
        return base.ReadAsync(buffer, cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        WasRead = true;
        return base.Read(buffer, offset, count);
    }
}
