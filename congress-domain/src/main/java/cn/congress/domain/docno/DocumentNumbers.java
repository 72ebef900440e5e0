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
        Long seq = jdbc.queryForObject("""
                insert into document_counter (prefix, year, last_value) values (?, ?, 1)
                on conflict (prefix, year) do update set last_value = document_counter.last_value + 1
                returning last_value
                """, Long.class, prefix, year);
        return format(prefix, year, seq);
    }

    public static String format(String prefix, int year, long seq) {
        return prefix + "〔" + year + "〕" + seq + "号";
    }
}
