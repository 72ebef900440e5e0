package cn.congress.legislation.regulation;

import cn.congress.testsupport.ActAsSystem;
import org.junit.jupiter.api.extension.ExtendWith;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
@ExtendWith(ActAsSystem.class)
class RegulationLibraryTest {

    @Autowired
    RegulationService regulations;

    static Adoption adoption(LocalDate on) {
        return new Adoption(on, on.plusMonths(1), on.plusMonths(1).plusDays(5), on.plusMonths(3), "第1号", null);
    }

    @Test
    void amendAndRepealCreateVersionsAndTheRepealedTextStaysReadableAndSearchable() {
        Regulation r = regulations.enact("示例市文明祭扫条例", """
                第一条　为了倡导文明祭扫，制定本条例。
                第二条　禁止在林区焚烧纸钱。
                """, adoption(LocalDate.of(2019, 5, 1)));
        regulations.amend(r.getId(), VersionKind.AMENDED, """
                第一条　为了倡导文明祭扫、绿色殡葬，制定本条例。
                第二条　禁止在林区、墓区焚烧纸钱和燃放烟花爆竹。
                """, adoption(LocalDate.of(2022, 5, 1)));

        assertThat(regulations.search("燃放烟花爆竹", null, PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(h -> {
                    assertThat(h.title()).isEqualTo("示例市文明祭扫条例");
                    assertThat(h.articleHits()).isEqualTo(1);
                    assertThat(h.firstLabel()).isEqualTo("第二条");
                    assertThat(h.snippet()).contains("燃放烟花爆竹");
                });
        // words only in the old text are not found among current articles
        assertThat(regulations.search("禁止在林区焚烧", null, PageRequest.of(0, 10)).getContent()).isEmpty();

        regulations.repeal(r.getId(), "关于废止《示例市文明祭扫条例》的决定", adoption(LocalDate.of(2025, 1, 1)));
        RegulationService.RegulationView view = regulations.view(r.getId(), null);
        assertThat(view.regulation().status()).isEqualTo(RegulationStatus.REPEALED);
        assertThat(view.version().versionNo()).isEqualTo(2);
        assertThat(view.text().articles().get(1).body()).contains("墓区");
        assertThat(view.history()).extracting(VersionRow::kind)
                .containsExactly(VersionKind.ENACTED, VersionKind.AMENDED, VersionKind.REPEALED);
        assertThat(regulations.view(r.getId(), 1).text().articles().get(0).body()).isEqualTo("为了倡导文明祭扫，制定本条例。");
        assertThat(regulations.search("文明祭扫", RegulationStatus.REPEALED, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
        assertThat(regulations.search("文明祭扫", RegulationStatus.IN_FORCE, PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThatThrownBy(() -> regulations.amend(r.getId(), VersionKind.REVISED, "第一条　新。", adoption(LocalDate.of(2026, 1, 1))))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void titleMatchesComeFirstAndWildcardsAreLiteral() {
        regulations.enact("示例市节约用水条例", "第一条　为了节约用水，制定本条例。", adoption(LocalDate.of(2020, 1, 1)));
        regulations.enact("示例市城市绿化条例", "第一条　绿化用水应当优先使用再生水，节约用水。", adoption(LocalDate.of(2020, 1, 1)));

        var hits = regulations.search("节约用水", null, PageRequest.of(0, 10)).getContent();
        assertThat(hits).extracting(RegulationSearch.Hit::title).startsWith("示例市节约用水条例").contains("示例市城市绿化条例");
        assertThat(regulations.search("100%", null, PageRequest.of(0, 10)).getContent()).isEmpty();
    }
}
