package org.portcullis.integrations.kubernetes;

import java.util.List;

/**
 * What one apply did to the cluster; every entry is an object key {@code Kind/namespace/name}, sorted.
 *
 * @param created   objects that did not exist
 * @param replaced  objects whose content differed and was replaced
 * @param unchanged objects already as desired (not written)
 * @param deleted   labelled objects of a managed kind that are no longer desired
 */
public record ApplyResult(List<String> created, List<String> replaced, List<String> unchanged, List<String> deleted) {

    public ApplyResult {
        created = List.copyOf(created);
        replaced = List.copyOf(replaced);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }

    /** True when the cluster already held the desired state. */
    public boolean isNoOp() {
        return created.isEmpty() && replaced.isEmpty() && deleted.isEmpty();
    }
}
