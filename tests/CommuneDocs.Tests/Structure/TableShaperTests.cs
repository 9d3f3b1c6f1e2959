using System.Collections.Immutable;
using CommuneDocs.Reading;
using CommuneDocs.Structure;
using NUnit.Framework;

namespace CommuneDocs.Tests.Structure;

public class TableShaperTests
{
    private static SourceTable Table(params string[][] rows) =>
        new([.. rows.Select(r => new SourceRow([.. r.Select(SourceCell.FromText)]))]);

    [Test]
    public void GroupRowInOneCell_SetsTheGroupOfTheRowsUnderIt()
    {
        var shape = TableShaper.Shape(Table(
            ["STT", "Chỉ tiêu", "Năm 2025"],
            ["A. Về số lượng", "", ""],
            ["1", "Tỷ lệ hồ sơ trực tuyến", "80%"]), caption: null);

        Assert.That(shape.Rows, Has.Length.EqualTo(1));
        Assert.That(shape.Rows[0].Groups, Is.EqualTo(new[] { "A Về số lượng" }));
        Assert.That(shape.Rows[0].Cells, Is.EqualTo(new[] { "1", "Tỷ lệ hồ sơ trực tuyến", "80%" }));
    }

    [Test]
    public void OneColumnTable_RowThatLooksLikeAGroupLabel_IsKeptAsARow()
    {
        // A framed box of text is a table of one column; a line of it may start like a group label ("A. ...").
        var shape = TableShaper.Shape(Table(
            ["Ghi chú"],
            ["A. Các đơn vị gửi báo cáo trước ngày 15 hằng tháng"],
            ["B. Báo cáo gửi qua hệ thống quản lý văn bản"]), caption: null);

        Assert.That(shape.Columns, Is.EqualTo(new[] { "Ghi chú" }));
        Assert.That(shape.Rows.Select(r => r.Cells.Single()), Is.EqualTo(new[]
        {
            "A. Các đơn vị gửi báo cáo trước ngày 15 hằng tháng",
            "B. Báo cáo gửi qua hệ thống quản lý văn bản",
        }));
    }

    [Test]
    public void Grid_KeepsHeaderGroupAndDataRowsInOrder()
    {
        var shape = TableShaper.Shape(Table(
            ["STT", "Nhiệm vụ", "Chủ trì"],
            ["I", "Cải cách thể chế", ""],
            ["1", "Rà soát văn bản", "Sở Tư pháp"]), caption: null);

        Assert.That(shape.Grid.Select(r => (r.Kind, r.Cells[1])), Is.EqualTo(new[]
        {
            (CommuneDocs.Model.TableRowKind.Header, "Nhiệm vụ"), (CommuneDocs.Model.TableRowKind.Group, "Cải cách thể chế"), (CommuneDocs.Model.TableRowKind.Data, "Rà soát văn bản"),
        }));
        Assert.That(shape.Rows, Has.Length.EqualTo(1), "the data rows alone, as contract version 1 has them");
    }

    [TestCase("THƯ KÝ HỘI NGHỊ\n(ký tên)\n(ghi rõ họ tên)", "CHỦ TRÌ HỘI NGHỊ\n(ký tên, đóng dấu)")]
    [TestCase("1 …………………………\n2 …………………………\n3 …………………………", "(Ghi họ tên)")]
    public void LayoutTable_FormSignaturesAndBlanks_AreNoDataTables(string left, string right)
    {
        var table = new SourceTable([new SourceRow([Cell(left), Cell(right)])]);
        Assert.That(LayoutTables.IsLayout(table), Is.True);
    }

    private static SourceCell Cell(string lines) => new([.. lines.Split('\n').Select(l => new SourceParagraph(l))]);

    [Test]
    public void RowUnderAMergedNumber_WithTextOfItsOwn_StaysARow_AndAFlattenedOneGoesBackUnderItsHeaders()
    {
        // The second task of number 1 shares its number (merged down); a conversion that drops merged cells moves its
        // cells left, into the number column.
        var shape = TableShaper.Shape(Table(
            ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
            ["1", "Xây dựng hạ tầng công nghệ thông tin", "Trung tâm Chuyển đổi số", "Quý IV/2026"],
            ["Xây dựng hạ tầng kỹ thuật dự phòng", "Trung tâm Chuyển đổi số", "", ""],
            ["", "tại trụ sở của Sở", "", ""]), caption: null);

        Assert.That(shape.Rows.Select(r => r.Cells[1]), Is.EqualTo(new[]
        {
            "Xây dựng hạ tầng công nghệ thông tin", "Xây dựng hạ tầng kỹ thuật dự phòng tại trụ sở của Sở",
        }), "a row in lower case under an empty number goes on the row above; one in capitals is its own");
        Assert.That(shape.Rows[1].Cells[2], Is.EqualTo("Trung tâm Chuyển đổi số"));
    }
}
