package cn.congress.web.home;

import cn.congress.domain.shared.SourceVersions;
import cn.congress.web.security.AccountPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * The cards of a user's dashboard with their data. Read without a transaction of their own: each card's read is one
 * statement (its own snapshot) or a transaction of its own, and the cards need no common snapshot, so a deputy's
 * dashboard is its cards' statements and nothing else (a transaction around them cost a connection's preparation, a
 * persistence context and a COMMIT round trip). The kept values of several cards check the versions of their data
 * once ({@link SourceVersions#readingOnce}).
 */
@Component
@RequiredArgsConstructor
class DashboardCards {

    private final List<DashboardWidget> widgets;
    private final SourceVersions versions;

    record Card(DashboardWidget widget, Object data) {
        public String getTemplate() {
            return widget.template();
        }

        public String getColumnClass() {
            return widget.columnClass();
        }

        public boolean isKept() {
            return widget.kept();
        }
    }

    public List<Card> of(AccountPrincipal user) {
        return versions.readingOnce(() -> widgets.stream()
                .filter(w -> w.roles().stream().anyMatch(user::hasRole))
                .sorted(Comparator.comparingInt(DashboardWidget::order))
                .map(w -> new Card(w, w.data(user)))
                .toList());
    }
}
