package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.recipe.Recipe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The glob rules both the disk walk and the git tree walk rely on. */
class TargetMatcherTest {
    private static final Recipe GATEWAY = new Recipe("gw", "Gateway: x", "g", "gw.yaml",
            List.of("**/gateway_e2e_hybrid.go"), List.of(), List.of());
    private static final Recipe TOP = new Recipe("top", "Top: x", "g", "top.yaml", List.of("main.go"), List.of(), List.of());

    @Test
    void globsMatchPathsRelativeToRootAndDoubleStarAlsoMatchesTheTop() {
        TargetMatcher matcher = TargetMatcher.of(List.of(GATEWAY, TOP));

        assertThat(matcher.recipesFor("test/infrastructure/gateway_e2e_hybrid.go")).containsExactly(GATEWAY);
        assertThat(matcher.recipesFor("gateway_e2e_hybrid.go")).containsExactly(GATEWAY);
        assertThat(matcher.recipesFor("main.go")).containsExactly(TOP);
        assertThat(matcher.recipesFor("cmd/main.go")).isEmpty();
    }

    @Test
    void vendorTestdataAndDotFoldersBelowRootAreNotCandidates() {
        assertThat(TargetMatcher.isCandidate("test/infrastructure/gateway_e2e_hybrid.go")).isTrue();
        assertThat(TargetMatcher.isCandidate("vendor/x/gateway_e2e_hybrid.go")).isFalse();
        assertThat(TargetMatcher.isCandidate("a/testdata/gateway_e2e_hybrid.go")).isFalse();
        assertThat(TargetMatcher.isCandidate(".github/gateway_e2e_hybrid.go")).isFalse();
        assertThat(TargetMatcher.isCandidate(".hidden.go")).isTrue();
        assertThat(TargetMatcher.isCandidate("README.md")).isFalse();
    }

    @Test
    void anExclusionRemovesWhatItMatchesWhereverItIsWritten() {
        Recipe codemod = new Recipe("cm", "Codemod: x", "g", "cm.yaml",
                List.of("!**/*_test.go", "**/*.go", "!internal/gen/**"), List.of(), List.of());
        TargetMatcher matcher = TargetMatcher.of(List.of(codemod, GATEWAY));

        assertThat(matcher.recipesFor("cmd/main.go")).containsExactly(codemod);
        assertThat(matcher.recipesFor("main.go")).containsExactly(codemod);
        assertThat(matcher.recipesFor("cmd/main_test.go")).isEmpty();
        assertThat(matcher.recipesFor("main_test.go")).isEmpty();
        assertThat(matcher.recipesFor("internal/gen/api.go")).isEmpty();
        assertThat(matcher.recipesFor("pkg/internal/gen/api.go")).containsExactly(codemod);
        assertThat(matcher.recipesFor("test/gateway_e2e_hybrid.go")).containsExactly(codemod, GATEWAY);
    }
}
