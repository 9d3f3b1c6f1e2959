using CommuneDocs.Cli;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Cli;

/// <summary>Folder scans (issue 15): the plan formats taken, a Word web page's companion folder left with its page.</summary>
public class InputFilesTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "communedocs-inputs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Touch(string relative)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }

    [Test]
    public void FolderScan_TakesMarkdownAndHtmlAndSkipsCompanionFolders()
    {
        var expected = new[] { Touch("a.md"), Touch("b.markdown"), Touch("plan.htm"), Touch("web/other.html"), Touch("x.docx") };
        Touch("plan_files/header.htm");
        Touch("plan_files/filelist.xml");
        Touch("web/other.files/header.htm");
        var kept = Touch("orphan_files/note.htm");
        Touch("image.png");

        var scanned = new HashSet<string>();
        var files = InputFiles.Expand([_dir], [], scanned);

        Assert.Multiple(() =>
        {
            Assert.That(files, Is.EquivalentTo(expected.Append(kept)), "a _files folder without its page is an ordinary folder");
            Assert.That(scanned, Is.EquivalentTo(files));
        });
    }

    [Test]
    public void FileNamedExplicitly_IsNotCountedAsScanned()
    {
        var readme = Touch("README.md");
        var scanned = new HashSet<string>();

        Assert.That(InputFiles.Expand([readme], [], scanned), Is.EqualTo(new[] { readme }));
        Assert.That(scanned, Is.Empty);
    }

    [Test]
    public void NotADocument_IsSkippableOtherErrorsAreNot()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InputFiles.IsSkippable(new DocumentFormatException(DocumentError.NotADocument, "")), Is.True);
            Assert.That(InputFiles.IsSkippable(new DocumentFormatException(DocumentError.Corrupt, "")), Is.False);
        });
    }
}
