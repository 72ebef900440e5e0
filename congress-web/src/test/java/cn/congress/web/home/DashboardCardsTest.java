package cn.congress.web.home;

import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A deputy's dashboard is its cards' statements and nothing else: no transaction around them (each is its own
 * snapshot), and its cards rendered from their data alone.
 */
@WebIntegrationTest
class DashboardCardsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AbstractPlatformTransactionManager transactions;

    @Test
    void aDeputysDashboardOpensNoTransaction() throws Exception {
        MockHttpServletRequestBuilder dashboard = get("/").with(Logins.as(users, "deputy"));
        mvc.perform(dashboard).andExpect(status().isOk()); // warm: the roster id, rules, the unread badge
        Thread self = Thread.currentThread();
        AtomicLong begun = new AtomicLong();
        TransactionExecutionListener counter = new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
                if (Thread.currentThread() == self) {
                    begun.incrementAndGet();
                }
            }
        };
        transactions.addListener(counter);
        try {
            // the least of three: a change by an earlier test may evict kept reference data, whose loader has a transaction
            long fewest = Long.MAX_VALUE;
            for (int i = 0; i < 3 && fewest > 0; i++) {
                begun.set(0);
                String page = mvc.perform(dashboard).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(page).contains("我的代表建议").contains("民情民意").contains("待表决");
                fewest = Math.min(fewest, begun.get());
            }
            assertThat(fewest).as("transactions begun by a deputy's dashboard").isZero();
        } finally {
            transactions.getTransactionExecutionListeners().remove(counter);
        }
    }
}
