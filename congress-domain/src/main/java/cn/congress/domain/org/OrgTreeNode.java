package cn.congress.domain.org;

import java.util.List;

/** One unit with its depth in the tree, in display order, for indented lists and select boxes. */
public record OrgTreeNode(OrgUnitRow unit, int depth, List<OrgTreeNode> children) {

    public String getIndentedName() {
        return "　".repeat(depth) + unit.name();
    }
}
