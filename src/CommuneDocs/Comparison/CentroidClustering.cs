using CommuneDocs.Text;

namespace CommuneDocs.Comparison;

/// <summary>
/// Groups the tasks of many sibling plans (hundreds to thousands) into families in time linear in the number of tasks:
/// each task joins the family whose centroid it is most like (never a family that already has a task of its plan),
/// or starts one; a second pass lets every task move to its best family; then families whose plans do not overlap
/// and whose centroids are alike are merged, since a plan has one task of a family: they are one task written in two
/// ways. Average linkage (<see cref="AverageLinkageTaskClusterer"/>, on small groups) compares every pair and is cubic in time.
/// <see cref="CentroidTaskClusterer"/> runs it for a large group.
/// </summary>
internal sealed class CentroidClustering
{
    /// <summary>Families whose plans are disjoint and whose centroids are at least this alike are one family.</summary>
    public const double ComplementThreshold = 0.12;

    /// <summary>Both halves of a complementary pair must have this many members, so chance disjointness is not enough.</summary>
    public const int ComplementMinMembers = 3;

    private readonly TaskSimilarity _similarity;
    private readonly IReadOnlyList<(int Plan, int Task)> _tasks;
    private readonly double _threshold;

    public CentroidClustering(TaskSimilarity similarity, IReadOnlyList<(int Plan, int Task)> tasks, double threshold)
    {
        _similarity = similarity;
        _tasks = tasks;
        _threshold = threshold;
    }

    public sealed class Family
    {
        public List<int> Members { get; } = [];

        public HashSet<int> Plans { get; } = [];

        public Centroid Title { get; } = new();

        public Centroid Body { get; } = new();
    }

    /// <summary>A sum of unit vectors with its norm kept up to date, for cosines against it.</summary>
    public sealed class Centroid
    {
        private readonly Dictionary<int, double> _sum = [];
        private double _normSquared;

        public void Add(SparseVector vector, double sign)
        {
            for (var i = 0; i < vector.Count; i++)
            {
                var (key, w) = (vector.Term(i), vector.Weight(i));
                var old = _sum.GetValueOrDefault(key);
                var now = old + sign * w;
                _normSquared += now * now - old * old;
                if (Math.Abs(now) < 1e-12) _sum.Remove(key); else _sum[key] = now;
            }
        }

        public void Add(Centroid other)
        {
            foreach (var (key, w) in other._sum)
            {
                var old = _sum.GetValueOrDefault(key);
                var now = old + w;
                _normSquared += now * now - old * old;
                _sum[key] = now;
            }
        }

        public double Cosine(SparseVector unit)
        {
            if (_normSquared <= 1e-12) return 0;
            return TextSimilarity.DotOver(unit, _sum) / Math.Sqrt(_normSquared);
        }

        public double Cosine(Centroid other)
        {
            if (_normSquared <= 1e-12 || other._normSquared <= 1e-12) return 0;
            return TextSimilarity.Dot(_sum, other._sum) / Math.Sqrt(_normSquared * other._normSquared);
        }
    }

    /// <summary>How alike a task is to a family's centroid, weighted like <see cref="TaskSimilarity.Score"/>.</summary>
    public double Score((int Plan, int Task) task, Family family)
    {
        var (title, body) = _similarity.Vectors(task);
        return TaskSimilarity.TitleWeight * family.Title.Cosine(title) + (1 - TaskSimilarity.TitleWeight) * family.Body.Cosine(body);
    }

    public List<Family> Cluster()
    {
        var families = new List<Family>();
        var of = new Family?[_tasks.Count];
        for (var i = 0; i < _tasks.Count; i++) Assign(i, families, of);
        for (var i = 0; i < _tasks.Count; i++)
        {
            Remove(i, of[i]!);
            Assign(i, families, of);
        }
        families.RemoveAll(f => f.Members.Count == 0);
        MergeComplements(families);
        return families;
    }

    private void Assign(int i, List<Family> families, Family?[] of)
    {
        var task = _tasks[i];
        Family? best = null;
        var bestScore = _threshold;
        foreach (var f in families)
        {
            if (f.Members.Count == 0 || f.Plans.Contains(task.Plan)) continue;
            var s = Score(task, f);
            if (s >= bestScore)
            {
                best = f;
                bestScore = s;
            }
        }
        if (best is null)
        {
            best = new Family();
            families.Add(best);
        }
        var (title, body) = _similarity.Vectors(task);
        best.Members.Add(i);
        best.Plans.Add(task.Plan);
        best.Title.Add(title, 1);
        best.Body.Add(body, 1);
        of[i] = best;
    }

    private void Remove(int i, Family family)
    {
        var (title, body) = _similarity.Vectors(_tasks[i]);
        family.Members.Remove(i);
        family.Plans.Remove(_tasks[i].Plan);
        family.Title.Add(title, -1);
        family.Body.Add(body, -1);
    }

    private static void MergeComplements(List<Family> families)
    {
        while (true)
        {
            var best = ComplementThreshold;
            (Family A, Family B)? pair = null;
            for (var a = 0; a < families.Count; a++)
            {
                for (var b = a + 1; b < families.Count; b++)
                {
                    var (fa, fb) = (families[a], families[b]);
                    if (fa.Members.Count < ComplementMinMembers || fb.Members.Count < ComplementMinMembers || fa.Plans.Overlaps(fb.Plans)) continue;
                    var s = TaskSimilarity.TitleWeight * fa.Title.Cosine(fb.Title) + (1 - TaskSimilarity.TitleWeight) * fa.Body.Cosine(fb.Body);
                    if (s >= best)
                    {
                        best = s;
                        pair = (fa, fb);
                    }
                }
            }
            if (pair is not { } p) return;
            p.A.Members.AddRange(p.B.Members);
            p.A.Plans.UnionWith(p.B.Plans);
            p.A.Title.Add(p.B.Title);
            p.A.Body.Add(p.B.Body);
            families.Remove(p.B);
        }
    }
}
