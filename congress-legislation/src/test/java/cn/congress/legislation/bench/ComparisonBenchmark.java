package cn.congress.legislation.bench;

import cn.congress.legislation.compare.Comparison;
import cn.congress.legislation.compare.RowKind;
import cn.congress.legislation.compare.TextComparator;
import cn.congress.legislation.text.LegalTextParser;
import cn.congress.testsupport.Benchmarks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 150-article regulation compared with its revision (5 articles added, 3 deleted, 2 moved, 30 changed inside, the
 * rest renumbered), parsing both texts included: under 200 ms at the median of 21 runs (the slowest run is printed too).
 * In the normal suite {@link ComparisonBenchmarkSmokeTest} runs it twice, checking the comparison only.
 * {@code ./mvnw -B -pl congress-legislation -am verify -Pbenchmark -Dtest='ComparisonBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ComparisonBenchmark {

    @Test
    void a150ArticleRegulationComparesInUnder200Milliseconds() {
        Random r = new Random(42);
        List<String> old = SyntheticLaw.articles(150, r);
        List<String> revised = new ArrayList<>(old);
        for (int k = 0; k < 30; k++) {
            int i = 5 + k * 4;
            revised.set(i, revised.get(i).replaceFirst("应当", "必须").replaceFirst("。", "，并加强监督检查。"));
        }
        revised.remove(140);
        revised.remove(90);
        revised.remove(20);
        String moved = revised.remove(100);
        revised.add(10, moved);
        moved = revised.remove(60);
        revised.add(120, moved);
        for (int k = 0; k < 5; k++) {
            revised.add(3 + k * 30, "新增条款：" + SyntheticLaw.sentence(r) + SyntheticLaw.sentence(r));
        }
        String oldText = SyntheticLaw.text("示例市综合管理条例", old, 15);
        String newText = SyntheticLaw.text("示例市综合管理条例（修订草案）", revised, 15);

        for (int i = 0; i < Benchmarks.size(5, 0); i++) {
            TextComparator.compare(LegalTextParser.parse(oldText), LegalTextParser.parse(newText));
        }
        long[] nanos = new long[Benchmarks.size(21, 2)];
        Comparison c = null;
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            c = TextComparator.compare(LegalTextParser.parse(oldText), LegalTextParser.parse(newText));
            nanos[i] = System.nanoTime() - t;
        }
        double medianMs = Benchmarks.report("ComparisonBenchmark", "150 vs " + revised.size() + " articles, " + nanos.length + " runs",
                nanos, "median < 200 ms");
        Arrays.sort(nanos);
        double maxMs = nanos[nanos.length - 1] / 1e6;
        System.out.printf("ComparisonBenchmark: 150 vs %d articles, median %.1f ms, max %.1f ms; rows %d, changed %d, added %d, deleted %d, moved %d%n",
                revised.size(), medianMs, maxMs, c.rows().size(), c.count(RowKind.CHANGED), c.count(RowKind.ADDED), c.count(RowKind.DELETED),
                c.movedCount());

        assertThat(c.count(RowKind.ADDED)).isEqualTo(5);
        assertThat(c.count(RowKind.DELETED)).isEqualTo(3);
        assertThat(c.count(RowKind.CHANGED)).isGreaterThanOrEqualTo(28);
        assertThat(c.movedCount()).isGreaterThanOrEqualTo(2);
        if (Benchmarks.full()) {
            assertThat(medianMs).isLessThan(200);
            assertThat(maxMs).isLessThan(1000);
        }
    }
}
