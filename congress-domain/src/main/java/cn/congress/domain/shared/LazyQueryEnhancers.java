package cn.congress.domain.shared;

import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.repository.Repository;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Spring Data JPA parses every {@code @Query} text a second time with its own ANTLR grammar (the "query enhancer",
 * which appends a {@code Sort}, derives a count query, reads the projection) while the repository is built; Hibernate
 * parses it too, and that parse is the one that validates the query at start-up. With the grammar's caches cold, the
 * second parse was the largest single cost of a cold start (a quarter of the main thread for 83 repositories,
 * issue "Every page at the speed of Spring"). Here the enhancer is the one Spring Data would choose, built the first
 * time the query runs, or by one background thread once the application is ready (so that the first pages do not
 * parse, and a query Spring Data's grammar cannot read is logged right after the start, not at its first use).
 * Until then Hibernate validates the {@code @Query} text as written instead of Spring Data's rendering of it: a query
 * Hibernate rejects still stops the start.
 * <p>
 * The same thread first builds every repository not built yet: the production start builds them when first used
 * ({@code spring.data.jpa.repositories.bootstrap-mode: lazy}, application.yml), the test profile at start.
 */
@Slf4j
final class LazyQueryEnhancers implements QueryEnhancerSelector, BeanPostProcessor, ApplicationListener<ApplicationEvent> {

    private final Queue<Deferred> unparsed = new ConcurrentLinkedQueue<>();
    private volatile boolean closing;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
            repositories.setQueryEnhancerSelectorSource(this);
        }
        return bean;
    }

    @Override
    public QueryEnhancerFactory select(DeclaredQuery query) {
        QueryEnhancerFactory chosen = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query);
        return new QueryEnhancerFactory() {
            @Override
            public boolean supports(DeclaredQuery q) {
                return chosen.supports(q);
            }

            @Override
            public QueryEnhancer create(QueryProvider q) {
                Deferred deferred = new Deferred(chosen, q);
                unparsed.add(deferred);
                return deferred;
            }
        };
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ContextClosedEvent) {
            closing = true;   // the entity manager factory closes next: stop warming
        } else if (event instanceof ApplicationReadyEvent ready) {
            warmUp(ready.getApplicationContext());
        }
    }

    private void warmUp(ConfigurableApplicationContext context) {
        Thread parser = new Thread(() -> warmAll(context), "repositories-warm-up");
        parser.setDaemon(true);
        parser.start();
    }

    private void warmAll(ConfigurableApplicationContext context) {
        long start = System.nanoTime();
        int repositories = 0;
        int queries = 0;
        for (String name : context.getBeanNamesForType(Repository.class)) {
            if (closing) {
                return;
            }
            try {
                context.getBean(name);
                repositories++;
            } catch (RuntimeException e) {
                if (closing) {
                    return;
                }
                log.error("repository {} cannot be built", name, e);
            }
        }
        for (Deferred d; !closing && (d = unparsed.poll()) != null; ) {
            try {
                d.enhancer();
                queries++;
            } catch (RuntimeException e) {
                log.error("Spring Data cannot parse the query {}", d.query.getQueryString(), e);
            }
        }
        log.info("{} repositories ready, {} queries parsed in the background in {} ms", repositories, queries,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Builds (parses) the chosen enhancer on first use; several threads may race to build it, each result is equal. */
    private static final class Deferred implements QueryEnhancer {

        private final QueryEnhancerFactory factory;
        private final QueryProvider query;
        private volatile @Nullable QueryEnhancer enhancer;

        Deferred(QueryEnhancerFactory factory, QueryProvider query) {
            this.factory = factory;
            this.query = query;
        }

        private QueryEnhancer enhancer() {
            QueryEnhancer e = enhancer;
            if (e == null) {
                e = factory.create(query);
                enhancer = e;
            }
            return e;
        }

        @Override
        public boolean isSelectQuery() {
            return enhancer().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return enhancer().hasConstructorExpression();
        }

        @Override
        public @Nullable String detectAlias() {
            return enhancer().detectAlias();
        }

        @Override
        public String getProjection() {
            return enhancer().getProjection();
        }

        /** Before the parse: the text as written (what Hibernate validates at start-up), afterwards Spring Data's rendering. */
        @Override
        public QueryProvider getQuery() {
            QueryEnhancer e = enhancer;
            return e == null ? query : e.getQuery();
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return enhancer().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(@Nullable String countProjection) {
            return enhancer().createCountQueryFor(countProjection);
        }
    }
}
