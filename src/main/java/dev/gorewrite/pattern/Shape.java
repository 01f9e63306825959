package dev.gorewrite.pattern;

import java.util.List;

/** What a pattern is as Go syntax: one node, or consecutive items of one kind of list. */
sealed interface Shape {
    /**
     * One node, found wherever a node of its kind stands. An expression such as `[]byte` or `*T`
     * also reads as a type, and matches types in either spelling: each reading is an alternative.
     */
    record Single(List<Node> alternatives) implements Shape {
        public Single {
            alternatives = List.copyOf(alternatives);
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("a pattern node needs a reading");
            }
        }
    }

    /** Two or more items (statements, declarations, elements, fields), matched as consecutive items of one list. */
    record Run(Items kind, List<Node> items) implements Shape {
        public Run {
            items = List.copyOf(items);
            if (items.size() < 2) {
                throw new IllegalArgumentException("a run has two items or more");
            }
        }
    }

    /** The kinds of list a run of several items is looked for in. */
    enum Items { STATEMENTS, DECLARATIONS, ELEMENTS, FIELDS }
}
