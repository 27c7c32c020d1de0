using Microsoft.Extensions.Configuration;
using OneStop.Cli;
using OneStop.Hotline.Classification;
using OneStop.Hotline.Taxonomy;

namespace OneStop.Tests.Hotline.Classification;

/// <summary>onestop hotline train-classifier / suggest-category, as an operator runs them on their own data directory.</summary>
public sealed class HotlineClassifierCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("onestop-classifier-cli-").FullName;

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = _dir, ["ONESTOP_POSTGRES"] = "",
        }).Build();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, config);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Suggest_category_prints_the_first_level_name_alone_on_the_first_line()
    {
        var (exit, output, _) = await RunAsync("hotline", "suggest-category", "小区门口的垃圾好几天没人清运，臭味很大，楼下饭店油烟也直排");
        Assert.Equal(0, exit);
        var lines = output.Split(Environment.NewLine);
        Assert.NotNull(AppealTaxonomy.FindFirstLevel(lines[0]));
        Assert.StartsWith("二级: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("三级: ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("置信度: 0.", lines[3], StringComparison.Ordinal);
        Assert.Equal("来源: 模型", lines[4]);
    }

    [Fact]
    public async Task Suggest_category_refuses_an_empty_text_with_its_code()
    {
        var (exit, output, error) = await RunAsync("hotline", "suggest-category", "  ");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("hotline.suggest-text-required", error);
    }

    /// <summary>The one test that trains: on a few made-up rows, so it stays fast; the real figures are the benchmark's.</summary>
    [Fact]
    public async Task A_model_trained_from_a_csv_is_written_to_the_data_directory_and_then_used_for_suggestions()
    {
        var data = Path.Combine(_dir, "tiny.csv");
        var rows = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            rows.Add($"教育文体,孩子在第{i}小学上学，老师布置作业太多，学校还要求补课，学生负担太重");
            rows.Add($"劳动和社会保障,\"公司拖欠工资{i}个月，社保也没有缴纳，我们农民工讨薪无门\"");
            rows.Add($"环境保护,工厂晚上偷排废水{i}次，河里的鱼都死了，空气里全是臭味，污染严重");
        }
        await File.WriteAllLinesAsync(data, rows, TestContext.Current.CancellationToken);

        var (exit, output, error) = await RunAsync("hotline", "train-classifier", "--data", data);
        Assert.True(exit == 0, error);
        Assert.Contains("样本数: 24", output);
        Assert.Contains("分类数: 3", output);
        Assert.Contains("5 折交叉验证: 准确率", output);
        var written = Path.Combine(_dir, "hotline", ClassifierFiles.FileName);
        Assert.Contains($"模型已写入: {written}", output);
        Assert.True(File.Exists(written));

        var suggestion = await RunAsync("hotline", "suggest-category", "工厂排放废水，河道污染，臭味很大");
        Assert.Equal(0, suggestion.Exit);
        Assert.StartsWith("环境保护" + Environment.NewLine, suggestion.Out, StringComparison.Ordinal);
        // Only this model's three labels can be proposed: the data directory's file was the one loaded.
        Assert.Contains("备选: ", suggestion.Out);
        Assert.Equal(3, suggestion.Out.Split(Environment.NewLine).Single(l => l.StartsWith("备选: ", StringComparison.Ordinal)).Split("  ").Length);
    }

    [Fact]
    public async Task Training_from_a_missing_file_or_with_an_unknown_label_is_refused_with_its_code()
    {
        var missing = await RunAsync("hotline", "train-classifier", "--data", Path.Combine(_dir, "absent.csv"));
        Assert.Equal(1, missing.Exit);
        Assert.Contains("hotline.training-data-not-found", missing.Err);

        var data = Path.Combine(_dir, "unknown.csv");
        await File.WriteAllLinesAsync(data, Enumerable.Range(0, 10).Select(i => $"{(i % 2 == 0 ? "外星事务" : "教育文体")},文本{i}"), TestContext.Current.CancellationToken);
        var unknown = await RunAsync("hotline", "train-classifier", "--data", data, "--out", Path.Combine(_dir, "m.zip"));
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("hotline.training-label-unknown", unknown.Err);
        Assert.False(File.Exists(Path.Combine(_dir, "m.zip")));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
