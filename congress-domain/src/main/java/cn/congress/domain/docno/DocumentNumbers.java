package cn.congress.domain.docno;

import cn.congress.domain.rules.Rules;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Official document numbers (发文字号) per GB/T 9704-2012: {@code 代字〔年份〕序号号}, e.g. 示人大常发〔2026〕12号.
 * The 代字 comes from the rules table; the sequence is per 代字 and year, without gaps and without leading zeros.
 * The counter row is locked until the caller's transaction ends, so a rolled-back issuance leaves no gap.
 */
@Service
@RequiredArgsConstructor
public class DocumentNumbers {

    private final JdbcTemplate jdbc;
    private final Rules rules;

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefixRuleKey, int year) {
        String prefix = rules.text(prefixRuleKey);
        return format(prefix, year, nextInSequence(prefix, year));
    }

    /**
     * The next number of a gap-free yearly sequence that is not a 发文字号 (e.g. the registration number of a
     * suggestion, 2026年第12号); {@code counter} names the sequence. Same locking as {@link #next}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long nextInSequence(String counter, int year) {
        return jdbc.queryForObject("""
                insert into document_counter (prefix, year, last_value) values (?, ?, 1)
                on conflict (prefix, year) do update set last_value = document_counter.last_value + 1
                returning last_value
                """, Long.class, counter, year);
    }

    public static String format(String prefix, int year, long seq) {
        return prefix + "〔" + year + "〕" + seq + "号";
    }
}
