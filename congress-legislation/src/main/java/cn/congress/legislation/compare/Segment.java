package cn.congress.legislation.compare;

/** A run of characters in one side of a comparison row: kept, deleted (old side) or inserted (new side). */
public record Segment(String text, Kind kind) {

    public enum Kind { SAME, DELETED, INSERTED }

    public boolean isDeleted() {
        return kind == Kind.DELETED;
    }

    public boolean isInserted() {
        return kind == Kind.INSERTED;
    }
}
