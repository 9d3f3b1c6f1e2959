using CommuneDocs.Model;

namespace CommuneDocs.Reading;

/// <summary>Buffers a stream that cannot seek, refusing it past a size limit instead of filling memory.</summary>
internal static class StreamBuffer
{
    public static MemoryStream CopyToMemory(Stream stream, long limit, string fileName)
    {
        var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > limit) throw new DocumentFormatException(DocumentError.TooLarge, Messages.TooLarge(fileName, memory.Length + read, limit));
            memory.Write(buffer, 0, read);
        }
        memory.Position = 0;
        return memory;
    }
}
