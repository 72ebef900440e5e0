package cn.congress.domain.deputy;

import java.util.List;
import java.util.Optional;

/** The deputies of the current term another module may name (an inspection group, say); one bean, from the deputies module. */
public interface DeputyDirectory {

    /** The serving deputies of the current term, in roster order. */
    List<DeputyRef> serving();

    /** A deputy of any status, by id. */
    Optional<DeputyRef> find(long deputyId);

    /** A deputy as another module keeps them: id and name, the delegation for telling namesakes apart. */
    record DeputyRef(long id, String name, String delegation) {

        public String label() {
            return delegation == null ? name : name + "（" + delegation + "）";
        }
    }
}
