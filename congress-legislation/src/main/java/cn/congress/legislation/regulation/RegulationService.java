package cn.congress.legislation.regulation;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.Actor;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.legislation.support.LegislationAccess;
import cn.congress.legislation.text.LegalText;
import cn.congress.legislation.text.LegalTextParser;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The regulation library: enact, amend and repeal (each a new version), read any version, search. */
@Service
@RequiredArgsConstructor
@Transactional
public class RegulationService {

    private final RegulationRepository regulations;
    private final RegulationVersionRepository versions;
    private final RegulationArticleRepository articles;
    private final RegulationSearch search;

    /** A regulation with one of its texts parsed, and its whole history. */
    public record RegulationView(RegulationSummary regulation, VersionRow version, LegalText text, List<VersionRow> history) {

        /** The repeal record, if the regulation is repealed. */
        public VersionRow repeal() {
            return history.stream().filter(v -> v.kind() == VersionKind.REPEALED).findFirst().orElse(null);
        }
    }

    @Transactional(readOnly = true)
    public Page<RegulationSearch.Hit> search(String q, RegulationStatus status, Pageable pageable) {
        return search.search(q, status, pageable);
    }

    @Transactional(readOnly = true)
    public List<Regulation> all() {
        return regulations.findAllByOrderByTitle();
    }

    /** A regulation as a form offers it to choose from. */
    public record Choice(long id, String title) {
    }

    @Transactional(readOnly = true)
    public List<Choice> choices() {
        LegislationAccess.requireReader(Caller.current());
        return regulations.findAllByOrderByTitle().stream().map(r -> new Choice(r.getId(), r.getTitle())).toList();
    }

    @Transactional(readOnly = true)
    public Regulation get(long id) {
        return regulations.findById(id).orElseThrow(() -> new NotFoundException("法规", id));
    }

    @Transactional(readOnly = true)
    public Map<RegulationStatus, Long> countByStatus() {
        Map<RegulationStatus, Long> counts = new EnumMap<>(RegulationStatus.class);
        for (RegulationStatus s : RegulationStatus.values()) {
            counts.put(s, 0L);
        }
        regulations.countByStatus().forEach(r -> counts.put((RegulationStatus) r[0], (Long) r[1]));
        return counts;
    }

    /**
     * A version of the regulation to read: {@code versionNo} or, when null, the latest text (for a repealed regulation
     * the text in force before the repeal).
     */
    @Transactional(readOnly = true)
    public RegulationView view(long id, Integer versionNo) {
        Regulation regulation = get(id);
        List<RegulationVersion> history = versions.findByRegulationIdOrderByVersionNo(id);
        RegulationVersion shown = null;
        for (RegulationVersion v : history) {
            if (versionNo != null ? v.getVersionNo() == versionNo : v.getKind() != VersionKind.REPEALED) {
                shown = v;
            }
        }
        if (shown == null) {
            throw new NotFoundException("法规文本", versionNo);
        }
        return new RegulationView(RegulationSummary.of(regulation), VersionRow.of(shown), LegalTextParser.parse(shown.getBody()),
                history.stream().map(VersionRow::of).toList());
    }

    /** 制定: a new regulation with its first text. */
    public Regulation enact(String title, String body, Adoption adoption) {
        LegislationAccess.requireStaff(Caller.current());
        if (regulations.findByTitle(title).isPresent()) {
            throw new DomainException("法规库中已有同名法规：" + title);
        }
        LegalText text = parseText(body);
        Regulation regulation = regulations.save(new Regulation(title, adoption.adoptedOn(), adoption.effectiveOn()));
        writeVersion(regulation, 1, VersionKind.ENACTED, adoption, body, text);
        return regulation;
    }

    /** 修正 or 修订: the whole new text becomes the current version; earlier versions stay readable. */
    public Regulation amend(long id, VersionKind kind, String body, Adoption adoption) {
        LegislationAccess.requireStaff(Caller.current());
        if (kind != VersionKind.AMENDED && kind != VersionKind.REVISED) {
            throw new DomainException("修改法规须选择修正或修订");
        }
        Regulation regulation = get(id);
        LegalText text = parseText(body);
        int no = regulation.amended(adoption.effectiveOn());
        articles.retire(id);
        writeVersion(regulation, no, kind, adoption, body, text);
        return regulation;
    }

    /** 废止: records the repeal decision as the last version; the text before stays readable and searchable. */
    public Regulation repeal(long id, String decision, Adoption adoption) {
        LegislationAccess.requireStaff(Caller.current());
        if (decision == null || decision.isBlank()) {
            throw new DomainException("请填写废止决定的内容");
        }
        Regulation regulation = get(id);
        int no = regulation.repealed(adoption.effectiveOn());
        versions.save(new RegulationVersion(id, no, VersionKind.REPEALED, adoption, decision, Actor.current().username()));
        return regulation;
    }

    private void writeVersion(Regulation regulation, int no, VersionKind kind, Adoption adoption, String body, LegalText text) {
        RegulationVersion version = versions.save(new RegulationVersion(regulation.getId(), no, kind, adoption, body,
                Actor.current().username()));
        List<RegulationArticle> rows = new ArrayList<>();
        for (LegalText.Article a : text.articles()) {
            String heading = a.chapter() == null ? a.section() : a.section() == null ? a.chapter() : a.chapter() + "　" + a.section();
            rows.add(new RegulationArticle(version.getId(), regulation.getId(), a.number(), a.label(), heading, a.body(), true));
        }
        articles.saveAll(rows);
    }

    private static LegalText parseText(String body) {
        LegalText text = LegalTextParser.parse(body);
        if (text.articles().isEmpty()) {
            throw new DomainException("未能从文本中识别出条文，请按“第一条 ……”的格式逐条书写");
        }
        return text;
    }
}
