using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Hotline.Knowledge;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> article)
    {
        article.ToTable("hotline_knowledge_articles");
        article.HasKey(a => a.Id);
        article.Property(a => a.DepartmentName).HasMaxLength(200).IsRequired();
        article.Property(a => a.DepartmentRegion).HasMaxLength(12).IsRequired();
        article.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        article.Property(a => a.Revision).IsConcurrencyToken();
        article.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.Navigation(a => a.Versions).AutoInclude();
        // The department's page and its expired count; the search reads the published ones.
        article.HasIndex(a => new { a.DepartmentId, a.Status });
        article.HasIndex(a => new { a.Status, a.DepartmentRegion });
        article.Ignore(a => a.Latest);
        article.Ignore(a => a.InForce);
        article.Ignore(a => a.Pending);
    }
}

internal sealed class KnowledgeVersionConfiguration : IEntityTypeConfiguration<KnowledgeVersion>
{
    public void Configure(EntityTypeBuilder<KnowledgeVersion> version)
    {
        version.ToTable("hotline_knowledge_versions");
        version.HasKey(v => v.Id);
        version.HasIndex(v => new { v.ArticleId, v.Number }).IsUnique();
        version.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        version.Property(v => v.Title).HasMaxLength(KnowledgeInput.TitleLength).IsRequired();
        version.Property(v => v.Answer).HasMaxLength(KnowledgeInput.AnswerLength).IsRequired();
        version.Property(v => v.CategoryCode).HasMaxLength(6);
        version.Property(v => v.WrittenBy).HasMaxLength(100).IsRequired();
        version.Property(v => v.SubmittedBy).HasMaxLength(100);
        version.Property(v => v.ReviewedBy).HasMaxLength(100);
        version.Property(v => v.ReviewNote).HasMaxLength(KnowledgeInput.NoteLength);
    }
}
