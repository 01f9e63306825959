package dev.gorewrite.git;

import java.util.Objects;

/** A push that went through: where to (without any password), and whether the remote had it already. */
public record PushOutcome(String remoteUrl, boolean upToDate) {
    public PushOutcome {
        Objects.requireNonNull(remoteUrl, "remoteUrl");
    }
}
