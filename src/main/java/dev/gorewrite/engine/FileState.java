package dev.gorewrite.engine;

import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link SafeWriter} knows of a target when it reads it: what a replacement must keep (owner,
 * group, every mode bit) and what tells a later change (identity, size, modification time).
 * {@code mode} is the whole Unix mode, setuid, setgid and sticky bits included, which
 * {@code permissions} cannot express.
 */
record FileState(Object key, long size, FileTime modified, boolean regular, Set<PosixFilePermission> permissions,
        UserPrincipal owner, GroupPrincipal group, int mode, int links) {
    /** The bits above the nine permissions: setuid, setgid, sticky. */
    static final int SPECIAL_BITS = 07000;

    FileState {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(modified, "modified");
        permissions = Set.copyOf(permissions);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(group, "group");
    }

    /** The same file, not written since: same inode, size and modification time. */
    boolean unchangedSince(FileState earlier) {
        return key.equals(earlier.key) && size == earlier.size && modified.equals(earlier.modified);
    }

    /** Why a file in this state is not replaced, if it is not. */
    Optional<String> refusal() {
        if (!regular) {
            return Optional.of("is not a regular file; not changed");
        }
        if (!permissions.contains(PosixFilePermission.OWNER_WRITE)) {
            return Optional.of("is read-only; not changed");
        }
        return links > 1 ? Optional.of("has " + links + " hard links; replacing it would split it from its other "
                + "names, so it is not changed (edit it through one name by hand, or break the links first)")
                : Optional.empty();
    }
}
