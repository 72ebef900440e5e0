package cn.congress.testsupport;

import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements a piece of code runs, to prove a page does not run one query per row (N+1).
 * Register {@link #wrapDataSource()} as a bean in a test configuration, then {@code reset()} and {@code count()}.
 */
public final class SqlCounter {

    private static final ThreadLocal<AtomicLong> COUNT = ThreadLocal.withInitial(AtomicLong::new);
    private static final AtomicLong TOTAL = new AtomicLong();

    private SqlCounter() {
    }

    public static void reset() {
        COUNT.get().set(0);
    }

    /** Statements run by the current thread since the last reset. */
    public static long count() {
        return COUNT.get().get();
    }

    /** Statements run by all threads since the start (work handed to another thread, such as a group commit's writer). */
    public static long total() {
        return TOTAL.get();
    }

    public static BeanPostProcessor wrapDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(ds).name("counted").listener(new QueryExecutionListener() {
                        @Override
                        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                        }

                        @Override
                        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                            COUNT.get().addAndGet(queryInfoList.size());
                            TOTAL.addAndGet(queryInfoList.size());
                        }
                    }).build();
                }
                return bean;
            }
        };
    }
}
