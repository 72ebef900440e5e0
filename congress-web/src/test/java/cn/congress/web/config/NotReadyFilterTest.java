package cn.congress.web.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class NotReadyFilterTest {

    @Test
    void untilTheApplicationIsReadyEveryPageSaysTheDemoDataIsBeingPrepared() throws Exception {
        MockHttpServletResponse response = run(ReadinessState.REFUSING_TRAFFIC, "/suggestions");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("正在准备演示数据");
    }

    @Test
    void onceReadyRequestsPassAndTheHealthProbeAlwaysAnswers() throws Exception {
        assertThat(run(ReadinessState.ACCEPTING_TRAFFIC, "/suggestions").getStatus()).isEqualTo(200);
        assertThat(run(ReadinessState.REFUSING_TRAFFIC, "/actuator/health").getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse run(ReadinessState state, String path) throws Exception {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("demo");
        NotReadyFilter filter = new NotReadyFilter(new FixedAvailability(state), env);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }

    private record FixedAvailability(ReadinessState readiness) implements ApplicationAvailability {

        @Override
        public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
            return type == ReadinessState.class ? type.cast(readiness) : defaultState;
        }

        @Override
        public <S extends AvailabilityState> S getState(Class<S> type) {
            return getState(type, null);
        }

        @Override
        public <S extends AvailabilityState> AvailabilityChangeEvent<S> getLastChangeEvent(Class<S> type) {
            return null;
        }
    }
}
