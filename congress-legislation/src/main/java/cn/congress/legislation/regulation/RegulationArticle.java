package cn.congress.legislation.regulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An article of a regulation version, stored apart for the full-text search (trigram index on current rows). */
@Entity
@Table(name = "regulation_article")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class RegulationArticle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long versionId;

    @Column(nullable = false)
    private long regulationId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 32)
    private String label;

    @Column(length = 200)
    private String heading;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    /** The article belongs to the regulation's current, unrepealed text. */
    @Column(nullable = false)
    private boolean current;

    RegulationArticle(long versionId, long regulationId, int seq, String label, String heading, String body, boolean current) {
        this.versionId = versionId;
        this.regulationId = regulationId;
        this.seq = seq;
        this.label = label;
        this.heading = heading;
        this.body = body;
        this.current = current;
    }
}
