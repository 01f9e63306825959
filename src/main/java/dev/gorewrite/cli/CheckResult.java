package dev.gorewrite.cli;

import dev.gorewrite.guide.DraftedCheck;
import java.util.Objects;

/**
 * One validation of the guide, drafted as check {@code check.checkId()} of recipe {@code recipeId},
 * and its result after the dry run: {@code holds}, {@code fails} or {@code not run} (its file
 * failed first, or is missing), with where ({@code path:line}) and the check's message.
 */
record CheckResult(DraftedCheck check, String recipeId, String result, String where, String message) {
    static final String HOLDS = "holds";
    static final String FAILS = "fails";
    static final String NOT_RUN = "not run";

    CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(recipeId, "recipeId");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
        if (!result.equals(HOLDS) && !result.equals(FAILS) && !result.equals(NOT_RUN)) {
            throw new IllegalArgumentException("check result " + result);
        }
    }
}
