using System.Buffers.Binary;

namespace StaticSite.Browser.Tests.Support;

/// <summary>
/// A short recording made for the tests, so that no sound comes from anywhere: a quiet 440 Hz tone as an
/// uncompressed WAV (8 kHz, 8-bit, mono), a few kilobytes a second, which Chromium plays without a codec.
/// </summary>
internal static class ToneWave
{
    private const int SampleRate = 8000;

    public static byte[] Of(int seconds)
    {
        var samples = SampleRate * seconds;
        var wave = new byte[44 + samples];
        var span = wave.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + samples);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16); // size of the format chunk
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], SampleRate); // bytes a second: one byte a sample
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 1); // bytes a frame
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 8); // bits a sample
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], samples);
        for (var i = 0; i < samples; i++)
        {
            // 8-bit WAV is unsigned, silence at 128; an amplitude of 16 is quiet.
            wave[44 + i] = (byte)(128 + Math.Round(16 * Math.Sin(2 * Math.PI * 440 * i / SampleRate)));
        }
        return wave;
    }
}
