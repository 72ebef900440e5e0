package cn.congress.domain.shared;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Encrypts, once, the plaintext left in encrypted columns from before encryption existed (the key is not in the
 * database, so a migration cannot). Each module declares its encrypted columns as {@link Column} beans. Runs at
 * start-up, in batches, by id; a value already encrypted is left alone, so several instances starting together
 * only repeat harmless work.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class EncryptedColumns {

    /** A column holding {@link FieldCipher} values; {@code table} has a bigint {@code id}. */
    public record Column(String table, String column) {
        public Column {
            if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not an identifier: " + table + "." + column);
            }
        }
    }

    private final List<Column> columns;
    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final TransactionTemplate transactions;

    @EventListener(ApplicationReadyEvent.class)
    public void encryptLegacyPlaintext() {
        for (Column c : columns) {
            int done = encrypt(c);
            if (done > 0) {
                log.info("encrypted {} plaintext values of {}.{}", done, c.table(), c.column());
            }
        }
    }

    /** Returns how many values were encrypted. */
    public int encrypt(Column c) {
        int total = 0;
        while (true) {
            Integer n = transactions.execute(status -> {
                var rows = jdbc.queryForList("select id, " + c.column() + " as v from " + c.table() + " where " + c.column()
                        + " is not null and " + c.column() + " <> '' and " + c.column() + " not like 'v1:%' order by id limit 500 for update skip locked");
                for (var row : rows) {
                    jdbc.update("update " + c.table() + " set " + c.column() + " = ? where id = ?",
                            cipher.encrypt((String) row.get("v")), row.get("id"));
                }
                return rows.size();
            });
            total += n == null ? 0 : n;
            if (n == null || n < 500) {
                return total;
            }
        }
    }
}
