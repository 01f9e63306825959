package dev.gorewrite.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.TestTools;
import dev.gorewrite.edit.Edit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The layout step alone: which of gofmt's changes are kept, and which bytes never change. */
class FormattingTest {
    private static final String STRUCT = "package p\n\ntype T struct {\n\tA      int // a\n\tLonger int // gone\n\tB      int // b\n}\n";
    private static final String REALIGNED = "package p\n\ntype T struct {\n\tA int // a\n\tB int // b\n}\n";

    private static Formatting withGofmt() {
        return new Formatting(Optional.of(TestTools.gofmt()));
    }

    private static Edit deleteLine(String text, String line) {
        int at = text.indexOf(line);
        return Edit.delete(at, at + line.length());
    }

    @Test
    void aDeletedFieldRealignsTheOthers() {
        assertThat(withGofmt().format(STRUCT, List.of(deleteLine(STRUCT, "\tLonger int // gone\n")))).isEqualTo(REALIGNED);
    }

    @Test
    void withoutGofmtTheEditsAreAppliedAsTheyAre() {
        String result = new Formatting(Optional.empty()).format(STRUCT, List.of(deleteLine(STRUCT, "\tLonger int // gone\n")));

        assertThat(result).isEqualTo(STRUCT.replace("\tLonger int // gone\n", ""));
    }

    @Test
    void aTextWithBytesThatAreNotUtf8IsLeftToTheEdits() {
        String latin1 = STRUCT.replace("// a", "// caf\uDCE9"); // the decoder's stand-in for the byte 0xE9
        String result = withGofmt().format(latin1, List.of(deleteLine(latin1, "\tLonger int // gone\n")));

        assertThat(result).isEqualTo(latin1.replace("\tLonger int // gone\n", ""));
    }

    @Test
    void aFileWithoutAFinalLineEndKeepsNone() {
        String text = STRUCT.substring(0, STRUCT.length() - 1);
        String result = withGofmt().format(text, List.of(deleteLine(text, "\tLonger int // gone\n")));

        assertThat(result).isEqualTo(REALIGNED.substring(0, REALIGNED.length() - 1));
    }

    @Test
    void theLinesAroundAWholeLineDeletionAreTouched() {
        String after = "a\nb\nc\n";
        TouchedLines touched = TouchedLines.of(after, List.of(Edit.delete(2, 4)));

        assertThat(touched.ranges()).containsExactly(new TouchedLines.Range(0, 1));
    }
}
