package dev.gorewrite.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditsTest {

    @Test
    void editChecksItsRange() {
        assertThatThrownBy(() -> new Edit(-1, 2, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Edit(5, 4, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Edit(0, 0, null)).isInstanceOf(NullPointerException.class);
        assertThat(Edit.insert(3, "x")).isEqualTo(new Edit(3, 3, "x"));
        assertThat(Edit.delete(3, 7)).isEqualTo(new Edit(3, 7, ""));
    }

    @Test
    void appliesEditsGivenInAnyOrder() {
        String text = "alpha beta gamma";
        List<Edit> edits = List.of(new Edit(11, 16, "GAMMA"), Edit.delete(0, 6), Edit.insert(10, "!"));

        assertThat(Edits.apply(text, edits)).isEqualTo("beta! GAMMA");
    }

    @Test
    void rejectsOverlappingEditsNamingBothRanges() {
        List<Edit> edits = List.of(new Edit(5, 9, "x"), new Edit(3, 7, "y"));

        assertThatThrownBy(() -> Edits.apply("0123456789", edits))
                .isInstanceOf(OverlappingEditsException.class)
                .hasMessageContaining("[3,7)")
                .hasMessageContaining("[5,9)");
    }

    @Test
    void rejectsAnInsertionInsideAReplacedRange() {
        assertThatThrownBy(() -> Edits.apply("0123456789", List.of(Edit.delete(2, 6), Edit.insert(4, "x"))))
                .isInstanceOf(OverlappingEditsException.class);
    }

    @Test
    void rejectsTwoReplacementsStartingAtTheSameOffset() {
        assertThatThrownBy(() -> Edits.apply("0123456789", List.of(Edit.delete(2, 3), Edit.delete(2, 5))))
                .isInstanceOf(OverlappingEditsException.class);
    }

    @Test
    void touchingEditsDoNotOverlap() {
        List<Edit> edits = List.of(new Edit(4, 6, "B"), new Edit(2, 4, "A"), Edit.insert(6, "C"));

        assertThat(Edits.apply("0123456789", edits)).isEqualTo("01ABC6789");
    }

    @Test
    void insertionsAtOneOffsetKeepTheirListOrder() {
        List<Edit> edits = List.of(Edit.insert(3, "first "), new Edit(0, 1, "X"), Edit.insert(3, "second "),
                Edit.insert(3, "third "));

        assertThat(Edits.apply("abcdef", edits)).isEqualTo("Xbcfirst second third def");
    }

    @Test
    void anInsertionGoesBeforeAReplacementAtTheSameOffset() {
        List<Edit> edits = List.of(new Edit(2, 4, "XY"), Edit.insert(2, "<"));

        assertThat(Edits.apply("abcdef", edits)).isEqualTo("ab<XYef");
    }

    @Test
    void keepsCrlfOutsideTheEdits() {
        String text = "package p\r\n\r\nfunc f() {\r\n\told()\r\n}\r\n";
        int at = text.indexOf("old");

        String result = Edits.apply(text, List.of(new Edit(at, at + 3, "renewed")));

        assertThat(result).isEqualTo("package p\r\n\r\nfunc f() {\r\n\trenewed()\r\n}\r\n");
    }

    @Test
    void keepsLoneSurrogatesThatStandForRawBytes() {
        // "\uDCE9" is how a stray Latin-1 é byte is decoded; it must come back as the same char.
        String text = "// caf\uDCE9 \uDC80\uDCFF\nvar x = 1\n";
        int at = text.indexOf('1');

        String result = Edits.apply(text, List.of(new Edit(at, at + 1, "2")));

        assertThat(result).isEqualTo("// caf\uDCE9 \uDC80\uDCFF\nvar x = 2\n");
        assertThat(result.chars().filter(c -> c >= 0xDC80 && c <= 0xDCFF).count()).isEqualTo(3);
    }

    @Test
    void noEditsGiveTheSameText() {
        assertThat(Edits.apply("a\r\nb", List.of())).isEqualTo("a\r\nb");
    }

    @Test
    void rejectsAnEditPastTheEnd() {
        assertThatThrownBy(() -> Edits.apply("abc", List.of(Edit.delete(2, 4))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2,4)");
    }
}
