package cn.congress.domain.shared;

/** Somebody else saved the record after the user opened it; the user must reload and redo the change. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException() {
        super("该记录已被他人修改，请刷新页面后重新操作。您的修改未保存。");
    }
}
