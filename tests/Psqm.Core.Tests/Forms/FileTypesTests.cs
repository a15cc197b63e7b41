using System.IO.Compression;
using System.Text;
using Psqm.Core.Forms;

namespace Psqm.Core.Tests.Forms;

public sealed class FileTypesTests
{
    [Theory]
    [InlineData("89504E470D0A1A0A0000", "image/png")]
    [InlineData("FFD8FFE000104A464946", "image/jpeg")]
    [InlineData("474946383961", "image/gif")]
    [InlineData("52494646000000005745425056503820", "image/webp")]
    [InlineData("52494646000000005741564566", "audio/wav")]
    [InlineData("255044462D312E37", "application/pdf")]
    [InlineData("49443304000000", "audio/mpeg")]
    [InlineData("0000001866747970697336", "video/mp4")]
    [InlineData("000000206674797034344120", "video/mp4")]
    [InlineData("1A45DFA39F4286", "video/webm")]
    [InlineData("4F67675300020000", "audio/ogg")]
    public void Detect_KnownSignatures_AreRecognised(string hex, string mediaType) =>
        Assert.Equal(mediaType, FileTypes.Detect(Convert.FromHexString(hex))?.MediaType);

    [Theory]
    [InlineData("4D5A900003000000")]
    [InlineData("3C7376672078")]
    [InlineData("3C68746D6C3E")]
    [InlineData("")]
    public void Detect_ProgramsScriptsAndPages_AreRefused(string hex) =>
        Assert.Null(FileTypes.Detect(Convert.FromHexString(hex), "innocent.png"));

    [Theory]
    [InlineData("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation")]
    [InlineData("lib/payload.jar", null)]
    public void Detect_ZipFiles_AreOfficeDocumentsOnlyWithOfficeParts(string part, string? mediaType)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (mediaType is not null)
            {
                Write(zip, "[Content_Types].xml", "<Types/>");
            }

            Write(zip, part, "<x/>");
        }

        Assert.Equal(mediaType, FileTypes.Detect(stream.ToArray().AsSpan(0, (int)Math.Min(stream.Length, FileTypes.HeaderLength)))?.MediaType);
    }

    [Theory]
    [InlineData("report.doc", "application/msword")]
    [InlineData("budget.xls", "application/vnd.ms-excel")]
    [InlineData("talk.ppt", "application/vnd.ms-powerpoint")]
    [InlineData("thing.exe", null)]
    public void Detect_OldOfficeFiles_AreTakenOnlyWithAnOfficeName(string name, string? mediaType) =>
        Assert.Equal(mediaType, FileTypes.Detect(Convert.FromHexString("D0CF11E0A1B11AE10000"), name)?.MediaType);

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
