using CommuneDocs.Cli;

namespace CommuneDocs.Tests.Cli;

public class WholeFilesTests
{
    [Test]
    public void Write_ClosedWhileWriting_LeavesNeitherTheFileNorATemporaryOne()
    {
        var folder = Directory.CreateTempSubdirectory("communedocs-whole-").FullName;
        try
        {
            var files = new WholeFiles();
            var written = files.Write(Path.Combine(folder, "a.json"), s => s.Write("{}"u8));
            var late = files.Write(Path.Combine(folder, "b.json"), s =>
            {
                s.Write("{\"half\":"u8);
                files.Close();
            });
            Assert.Multiple(() =>
            {
                Assert.That((written, late), Is.EqualTo((true, false)));
                Assert.That(files.Write(Path.Combine(folder, "c.json"), s => s.Write("{}"u8)), Is.False, "nothing is written once closed");
                Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EqualTo(new[] { "a.json" }));
                Assert.That(files.Close(), Is.EqualTo(1));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
