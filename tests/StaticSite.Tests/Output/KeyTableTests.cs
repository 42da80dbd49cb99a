using CsCheck;
using StaticSite.Output;

namespace StaticSite.Tests.Output;

/// <summary>Link validation's set of (page, id) hashes answers exactly as a HashSet of the same keys would, through growth.</summary>
public sealed class KeyTableTests
{
    [Fact]
    public void AnyKeys_AreFoundExactlyWhenAdded()
    {
        // Small keys collide in the low bits the table probes by; 0 is the free-slot mark and is kept apart.
        var key = Gen.OneOf(Gen.ULong, Gen.ULong[0, 300], Gen.ULong[0, 300].Select(k => k << 40));
        Gen.Select(key.Array[0, 500], key.Array[0, 200]).Sample((added, asked) =>
        {
            var table = new LinkIndex.KeyTable();
            var expected = new HashSet<ulong>();
            foreach (var k in added)
            {
                table.Add(k);
                expected.Add(k);
            }
            foreach (var k in added.Concat(asked)) Assert.Equal(expected.Contains(k), table.Contains(k));
        });
    }
}
