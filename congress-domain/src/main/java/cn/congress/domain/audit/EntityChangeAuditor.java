package cn.congress.domain.audit;

import cn.congress.domain.shared.AuditIgnored;
import cn.congress.domain.shared.AuditMasked;
import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.EntityManagerFactory;
import lombok.RequiredArgsConstructor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every insert, update and delete of an {@link AuditedEntity} in the audit log, with the changed
 * fields before and after, inside the same transaction. Modules get this for free by extending
 * {@code AuditedEntity}; fields marked {@link AuditIgnored} are left out and {@link AuditMasked} ones hidden.
 */
@Component
@RequiredArgsConstructor
class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        SmartInitializingSingleton {

    private static final String MASK = "******";

    private final EntityManagerFactory entityManagerFactory;
    private final AuditLog auditLog;
    private final Map<Class<?>, Map<String, Field>> fieldCache = new ConcurrentHashMap<>();

    @Override
    public void afterSingletonsInstantiated() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!audited(event.getEntity())) {
            return;
        }
        Map<String, Object> after = snapshot(event.getEntity().getClass(), event.getPersister(), event.getState());
        auditLog.record(AuditAction.CREATE, typeOf(event.getEntity()), event.getId(), "新建", null, after);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event.getEntity()) || event.getOldState() == null) {
            return;
        }
        Class<?> type = event.getEntity().getClass();
        String[] names = event.getPersister().getPropertyNames();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Field field = field(type, names[i]);
            if (field == null || field.isAnnotationPresent(AuditIgnored.class)
                    || isCollection(event.getState()[i]) || Objects.equals(plain(event.getOldState()[i]), plain(event.getState()[i]))) {
                continue;
            }
            boolean masked = field.isAnnotationPresent(AuditMasked.class);
            before.put(names[i], masked ? MASK : plain(event.getOldState()[i]));
            after.put(names[i], masked ? MASK : plain(event.getState()[i]));
        }
        if (!after.isEmpty()) {
            auditLog.record(AuditAction.UPDATE, typeOf(event.getEntity()), event.getId(), "修改 " + String.join("、", after.keySet()), before, after);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (!audited(event.getEntity())) {
            return;
        }
        Map<String, Object> before = snapshot(event.getEntity().getClass(), event.getPersister(), event.getDeletedState());
        auditLog.record(AuditAction.DELETE, typeOf(event.getEntity()), event.getId(), "删除", before, null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean audited(Object entity) {
        return entity instanceof AuditedEntity && !entity.getClass().isAnnotationPresent(AuditIgnored.class);
    }

    private static String typeOf(Object entity) {
        return entity.getClass().getSimpleName();
    }

    private Map<String, Object> snapshot(Class<?> type, EntityPersister persister, Object[] state) {
        Map<String, Object> values = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            Field field = field(type, names[i]);
            if (field == null || field.isAnnotationPresent(AuditIgnored.class) || isCollection(state[i])) {
                continue;
            }
            values.put(names[i], field.isAnnotationPresent(AuditMasked.class) ? MASK : plain(state[i]));
        }
        return values;
    }

    /** Values as the log stores them: references become ids, times and enums become text. */
    private static Object plain(Object value) {
        if (value instanceof AuditedEntity entity) {
            return entity.getId();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Temporal || value instanceof java.util.Date) {
            return value.toString();
        }
        if (value instanceof String s && s.length() > 2000) {
            return s.substring(0, 2000) + "…（共" + s.length() + "字）";
        }
        if (value instanceof byte[] bytes) {
            return "（二进制，" + bytes.length + "字节）";
        }
        return value;
    }

    private static boolean isCollection(Object value) {
        return value instanceof Collection<?> || value instanceof Map<?, ?>;
    }

    private Field field(Class<?> type, String name) {
        return fieldCache.computeIfAbsent(type, t -> {
            Map<String, Field> fields = new ConcurrentHashMap<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    fields.putIfAbsent(f.getName(), f);
                }
            }
            return fields;
        }).get(name);
    }
}
